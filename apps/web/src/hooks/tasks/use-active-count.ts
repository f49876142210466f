"use client";

import { useQuery } from "@tanstack/react-query";
import { apiClient } from "@/lib/api-client";
import { apiCall } from "./api-call";
import { taskKeys } from "./keys";

/** How many tasks are not done yet, across all pages; null until the server has said. */
export function useActiveCount(userId: string): number | null {
  const { data } = useQuery({
    queryKey: taskKeys.activeCount(userId),
    // The one request that asks the server to count (counting is opt-in): one task, and the total.
    queryFn: async () =>
      (await apiCall(() => apiClient.listTasks(userId, { status: "pending", limit: 1 }, { count: true }))).total,
  });
  return data ?? null;
}
