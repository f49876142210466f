"use client";

import { useMutationState, useQuery } from "@tanstack/react-query";
import { apiClient } from "@/lib/api-client";
import { apiCall } from "./api-call";
import type { PendingDelete } from "./delete-task";
import { taskKeys } from "./keys";

/**
 * How many tasks are not done yet, across all pages; null until the server has said. Tasks
 * waiting out their undo offer no longer count: the list already hides them.
 */
export function useActiveCount(userId: string): number | null {
  const { data } = useQuery({
    queryKey: taskKeys.activeCount(userId),
    // The one request that asks the server to count (counting is opt-in): one task, and the total.
    queryFn: async () =>
      (await apiCall(() => apiClient.listTasks(userId, { status: "pending", limit: 1 }, { count: true }))).total,
  });
  const leaving = useMutationState({
    filters: { mutationKey: taskKeys.deletes(userId), status: "pending" },
    select: (mutation) => !(mutation.state.variables as PendingDelete).task.completed,
  }).filter(Boolean).length;
  return data === undefined || data === null ? null : Math.max(0, data - leaving);
}
