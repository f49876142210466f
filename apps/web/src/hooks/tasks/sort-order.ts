import { TASK_PRIORITIES, type Task } from "@todo/contracts";
import type { ListFilters } from "@/hooks/use-list-filters";

/** A task's sort key as the server orders a list (@todo/db's listTasks): undated tasks last in either order. */
function sortKey(task: Task, { sort, order }: ListFilters): string | number {
  switch (sort) {
    case "created":
      return Date.parse(task.createdAt);
    case "updated":
      return Date.parse(task.updatedAt);
    case "due":
      // By date, then time, a task due all day first in its day (as the server orders them).
      return task.dueDate ? `${task.dueDate} ${task.dueTime ?? ""}` : order === "asc" ? "\uffff" : "";
    case "priority":
      return TASK_PRIORITIES.indexOf(task.priority);
    case "title":
      return task.title.toLowerCase();
    case "manual":
      // Fractional-indexing keys are ASCII: JavaScript's order is the database's COLLATE "C".
      return task.position;
  }
}

/** Negative when `a` comes before `b` in a list with these filters; the id breaks ties in the same direction. */
export function compareTasks(a: Task, b: Task, filters: ListFilters): number {
  const [ka, kb] = [sortKey(a, filters), sortKey(b, filters)];
  const ascending = ka < kb ? -1 : ka > kb ? 1 : a.id - b.id;
  return filters.order === "asc" ? ascending : -ascending;
}
