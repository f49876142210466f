import type { List } from "@todo/contracts";
import type { ListWithCount } from "@todo/db";

/** A list row and its count as the API's `List`: ISO 8601 timestamps. */
export function toList(row: ListWithCount): List {
  return {
    id: row.id,
    userId: row.userId,
    name: row.name,
    color: row.color,
    isInbox: row.isInbox,
    position: row.position,
    openTasks: row.openTasks,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
