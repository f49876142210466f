// Reminders: the schedule the triggers of migration 0009 keep, claimed and settled by the dispatchers
// (docs/decisions/023-reminders.md).
export {
  type ClaimedReminder,
  type ClaimOptions,
  claimDueReminders,
  countDueReminders,
  REMINDER_LATEST_HOURS,
} from "./claim-reminders";
export { type ReminderOutcome, settleReminder } from "./settle-reminder";
