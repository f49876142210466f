import type { SortOrder, TaskSort } from "@todo/contracts";
import { TASK_PRIORITIES } from "@todo/contracts";
import type { TaskRow } from "../../src/schema";

export const everySortAndOrder: [TaskSort, SortOrder][] = (
  ["created", "updated", "due", "priority", "title", "manual"] as const
).flatMap((sort) => [
  [sort, "asc"],
  [sort, "desc"],
]);

function key(row: TaskRow, sort: TaskSort): number | string | null {
  switch (sort) {
    case "created":
      return row.createdAt.getTime();
    case "updated":
      return row.updatedAt.getTime();
    case "due":
      return row.dueDate;
    case "priority":
      return TASK_PRIORITIES.indexOf(row.priority);
    case "title":
      return row.title.toLowerCase();
    case "manual":
      // Compared by UTF-16 code units: the keys are ASCII, so this is the bytes' ("C") order.
      return row.position;
  }
}

/** The order the list promises, worked out independently: by key, ties by id, undated tasks last either way. */
export function sortRows(rows: TaskRow[], sort: TaskSort, order: SortOrder): TaskRow[] {
  const sign = order === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const ka = key(a, sort);
    const kb = key(b, sort);
    if (ka === null || kb === null) {
      if (ka !== kb) return ka === null ? 1 : -1;
    } else if (ka !== kb) {
      return sign * (ka < kb ? -1 : 1);
    }
    return sign * (a.id - b.id);
  });
}
