import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { Task } from "@todo/contracts";
import { type ApiRunner, FRESH_FOR_MS } from "@/lib/api-runner";
import { type ListFilters, toListQuery } from "@/lib/list-filters";
import { taskKeys } from "./keys";

/** The list for a set of filters, page by page (`Load more` follows the `Link` header's cursor). */
export function taskListQuery(api: ApiRunner, userId: string, filters: ListFilters) {
  return infiniteQueryOptions({
    queryKey: taskKeys.list(userId, filters),
    queryFn: ({ pageParam }) =>
      api((client) =>
        // The list shows no total (the count of tasks left has its own query): spare the server the count.
        client.listTasks(
          userId,
          { ...toListQuery(filters), ...(pageParam && { cursor: pageParam }) },
          { count: false },
        ),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    staleTime: FRESH_FOR_MS,
  });
}

/**
 * One task by its id, for a link naming it (its list may not have loaded the page it is on): null when the user has
 * no such task, which is all a 404 says (another user's task answers the same).
 */
export function taskByIdQuery(api: ApiRunner, userId: string, id: number) {
  return queryOptions({
    queryKey: taskKeys.byId(userId, id),
    queryFn: () =>
      api<Task | null>(async (client) => {
        const result = await client.getTask(userId, id);
        return !result.ok && result.problem.status === 404 ? { ok: true, data: null } : result;
      }),
    staleTime: FRESH_FOR_MS,
  });
}

/** What the count of tasks left depends on: the page's list or window of due dates, not its view or search. */
export type CountScope = Pick<ListFilters, "listId" | "dueAfter" | "dueBefore">;

export function countScopeOf({ listId, dueAfter, dueBefore }: ListFilters): CountScope {
  return { listId, dueAfter, dueBefore };
}

/** How many tasks of a list or window of due dates are not done yet, across all pages. */
export function activeCountQuery(api: ApiRunner, userId: string, scope: CountScope) {
  return queryOptions({
    queryKey: taskKeys.activeCount(userId, scope),
    // The one request that asks the server to count (counting is opt-in): one task, and the total.
    queryFn: async () => {
      const { total } = await api((client) =>
        client.listTasks(
          userId,
          {
            status: "pending",
            limit: 1,
            ...(scope.listId !== null && { listId: scope.listId }),
            ...(scope.dueAfter && { dueAfter: scope.dueAfter }),
            ...(scope.dueBefore && { dueBefore: scope.dueBefore }),
          },
          { count: true },
        ),
      );
      return total;
    },
    staleTime: FRESH_FOR_MS,
  });
}
