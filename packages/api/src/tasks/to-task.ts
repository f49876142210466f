import type { Task } from "@todo/contracts";
import type { TaskWithSubtasks } from "@todo/db";

/** A database row and its subtasks' counts as the API's `Task`: ISO 8601 timestamps, nothing else of the row. */
export function toTask(row: TaskWithSubtasks): Task {
  return {
    id: row.id,
    userId: row.userId,
    listId: row.listId,
    parentId: row.parentId,
    position: row.position,
    subtasks: { total: row.subtasks.total, completed: row.subtasks.completed },
    title: row.title,
    description: row.description,
    completed: row.completed,
    priority: row.priority,
    tags: row.tags,
    dueDate: row.dueDate,
    // PostgreSQL prints a time with its seconds: the API's is HH:MM.
    dueTime: row.dueTime === null ? null : row.dueTime.slice(0, 5),
    recurrence:
      row.recurrenceRule === null || row.recurrenceFrom === null
        ? null
        : { rule: row.recurrenceRule, from: row.recurrenceFrom },
    reminders: row.reminders.map((minutesBefore) => ({ minutesBefore })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
