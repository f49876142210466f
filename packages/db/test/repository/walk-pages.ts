import type { ListTasksQuery } from "@todo/contracts";
import type { Database } from "../../src/client";
import { listTasks, type TaskPage } from "../../src/tasks";

/** Follows nextCursor from the first page to the last; `between` runs after each page but the last. */
export async function walkPages(
  db: Database,
  userId: string,
  query: ListTasksQuery,
  between?: (pageIndex: number) => Promise<void>,
): Promise<TaskPage[]> {
  const pages: TaskPage[] = [];
  let cursor: string | undefined;
  do {
    const page = await listTasks(db, userId, { ...query, cursor }, { count: true });
    pages.push(page);
    cursor = page.nextCursor ?? undefined;
    if (cursor && between) await between(pages.length - 1);
  } while (cursor && pages.length < 100);
  return pages;
}

export function chunk<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}
