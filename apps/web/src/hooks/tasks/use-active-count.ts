"use client";

import { useMutationState, useQuery } from "@tanstack/react-query";
import type { ListFilters } from "@/hooks/use-list-filters";
import { apiCall } from "@/lib/api-call";
import { apiClient } from "@/lib/api-client";
import type { PendingDelete } from "./delete-task";
import { taskKeys } from "./keys";
import { matches } from "./list-cache";

type Scope = Pick<ListFilters, "listId" | "dueAfter" | "dueBefore">;

/**
 * How many tasks of the page's list or view are not done yet, across all pages; null until the
 * server has said. Tasks waiting out their undo offer no longer count: the list already hides them.
 */
export function useActiveCount(userId: string, filters: ListFilters, { enabled = true } = {}): number | null {
  const scope: Scope = { listId: filters.listId, dueAfter: filters.dueAfter, dueBefore: filters.dueBefore };
  const { data } = useQuery({
    queryKey: taskKeys.activeCount(userId, scope),
    // The one request that asks the server to count (counting is opt-in): one task, and the total.
    queryFn: async () =>
      (
        await apiCall(() =>
          apiClient.listTasks(
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
        )
      ).total,
    enabled,
  });
  const inScope = { ...filters, view: "active", q: "", priority: null, tag: null } as const;
  const leaving = useMutationState({
    filters: { mutationKey: taskKeys.deletes(userId), status: "pending" },
    select: (mutation) => matches((mutation.state.variables as PendingDelete).task, inScope),
  }).filter(Boolean).length;
  return data === undefined || data === null ? null : Math.max(0, data - leaving);
}
