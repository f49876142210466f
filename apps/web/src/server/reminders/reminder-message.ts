import type { ReminderPush } from "@todo/contracts";
import type { ClaimedReminder } from "@todo/db";

/**
 * A reminder's push message: what design.md names, nothing more (no description, no list's name, no tags). Its `url`
 * opens the task's details on the page of its list, which holds it (the Inbox's is `/`).
 */
export function reminderMessage(reminder: ClaimedReminder): ReminderPush {
  return {
    type: "reminder",
    taskId: reminder.taskId,
    title: reminder.title,
    dueDate: reminder.dueDate,
    dueTime: reminder.dueTime,
    url: `${reminder.inInbox ? "/" : `/lists/${reminder.listId}`}?task=${reminder.taskId}`,
  };
}
