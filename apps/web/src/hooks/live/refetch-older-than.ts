import type { QueryClient } from "@tanstack/react-query";

/**
 * Refetches the user's tasks, lists and settings read before `time` (those not loading now): what a stream
 * starting then cannot tell whether they missed. Inactive ones are marked stale, for their next use.
 */
export function refetchOlderThan(client: QueryClient, userId: string, time: number): void {
  void client.invalidateQueries({
    predicate: ({ queryKey: [root, owner], state }) =>
      (root === "tasks" || root === "settings") &&
      owner === userId &&
      state.fetchStatus === "idle" &&
      state.dataUpdatedAt < time,
  });
}
