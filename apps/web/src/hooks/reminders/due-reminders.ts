import type { Task } from "@todo/contracts";
import { instantOf } from "@todo/dates";

/** A reminder of one occurrence: its task, and the instant it fires (ms since 1970). */
export interface DueReminder {
  key: string;
  task: Task;
  at: number;
}

/**
 * The reminders of `tasks` whose instant falls in (`from`, `to`]: the due instant (the due time, or 09:00
 * for a date-only task, in the user's `zone`) less `minutesBefore`, as the server schedules them.
 */
export function dueReminders(tasks: Task[], zone: string, from: number, to: number): DueReminder[] {
  const due: DueReminder[] = [];
  for (const task of tasks) {
    if (!task.dueDate || task.completed || task.reminders.length === 0) continue;
    const instant = instantOf(task.dueDate, task.dueTime ?? "09:00", zone).getTime();
    for (const { minutesBefore } of task.reminders) {
      const at = instant - minutesBefore * 60_000;
      if (at > from && at <= to) due.push({ key: `${task.id}:${minutesBefore}:${at}`, task, at });
    }
  }
  return due;
}
