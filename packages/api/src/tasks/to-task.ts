import type { Task } from "@todo/contracts";
import type { TaskRow } from "@todo/db/schema";

/** A database row as the API's `Task`: ISO 8601 timestamps, nothing else of the row. */
export function toTask(row: TaskRow): Task {
  return {
    id: row.id,
    userId: row.userId,
    listId: row.listId,
    title: row.title,
    description: row.description,
    completed: row.completed,
    priority: row.priority,
    tags: row.tags,
    dueDate: row.dueDate,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
