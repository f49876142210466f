import type { Task, TaskListPage } from "@todo/contracts";

/**
 * A list's tasks across the pages loaded so far, in order: each once (a change made while the pages were read can
 * put a task on two of them, and keys must not repeat), those in `hidden` (waiting out their undo offer) left out.
 */
export function loadedTasks(pages: readonly TaskListPage[], hidden: ReadonlySet<number> = new Set()): Task[] {
  const seen = new Set<number>();
  const shown: Task[] = [];
  for (const page of pages)
    for (const task of page.tasks) {
      if (hidden.has(task.id) || seen.has(task.id)) continue;
      seen.add(task.id);
      shown.push(task);
    }
  return shown;
}
