import type { ListTasksQuery, Task } from "@todo/contracts";
import type { ApiUser } from "./api-user";
import { must } from "./api-user";

/** Every page of a listing, following the client's nextCursor; `between` runs after each page but the last. */
export async function walkPages(
  user: ApiUser,
  query: ListTasksQuery,
  between: () => Promise<unknown> = async () => {},
): Promise<{ pages: Task[][]; totals: (number | null)[] }> {
  const pages: Task[][] = [];
  const totals: (number | null)[] = [];
  let cursor: string | undefined;
  do {
    const page = must(
      await user.client.listTasks(user.userId, { ...query, ...(cursor && { cursor }) }, { count: true }),
    );
    pages.push(page.tasks);
    totals.push(page.total);
    cursor = page.nextCursor ?? undefined;
    if (cursor) await between();
    if (pages.length > 1000) throw new Error("the walk does not end");
  } while (cursor);
  return { pages, totals };
}

export const ids = (tasks: { id: number }[]) => tasks.map((t) => t.id);
