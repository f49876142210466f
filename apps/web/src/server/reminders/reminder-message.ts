import type { ReminderPush } from "@todo/contracts";
import type { ClaimedReminder } from "@todo/db";

/** A reminder's push message: what design.md names, nothing more (no description, no list, no tags). */
export function reminderMessage(reminder: ClaimedReminder): ReminderPush {
  return {
    type: "reminder",
    taskId: reminder.taskId,
    title: reminder.title,
    dueDate: reminder.dueDate,
    dueTime: reminder.dueTime,
    url: `/?task=${reminder.taskId}`,
  };
}
