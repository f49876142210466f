import { z } from "zod";

/** At most this many reminders on one task. */
export const REMINDERS_MAX = 5;
/** The furthest ahead a reminder may fire: four weeks before the due instant. */
export const MINUTES_BEFORE_MAX = 40_320;

/** One reminder: how long before the task's due instant (its due time, or 09:00 for a date-only task) it fires. */
export const ReminderSchema = z.strictObject({
  minutesBefore: z
    .int("minutesBefore must be a whole number of minutes")
    .min(0, "minutesBefore must be 0 or more")
    .max(MINUTES_BEFORE_MAX, `minutesBefore must be at most ${MINUTES_BEFORE_MAX} (four weeks)`),
});
export type Reminder = z.infer<typeof ReminderSchema>;

/** A task's reminders, soonest-before first, none twice: how the API answers them. */
export const RemindersSchema = z
  .array(ReminderSchema)
  .max(REMINDERS_MAX, `At most ${REMINDERS_MAX} reminders`)
  .refine(
    (reminders) => new Set(reminders.map((r) => r.minutesBefore)).size === reminders.length,
    "Each reminder must have its own minutesBefore",
  );
