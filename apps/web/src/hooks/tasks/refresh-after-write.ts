import type { QueryClient } from "@tanstack/react-query";
import { invalidateKeepingPages } from "@/lib/keeping-pages";
import { taskKeys } from "./keys";

/**
 * Refetches the lists and the count once a write settles, unless other writes are still on their
 * way: the last of them refreshes, as an earlier refetch would show the lists without their changes.
 * A create or change counts itself among the writes under way; a deletion does not. A list loading its next page
 * meanwhile refetches once that page is in (invalidateKeepingPages).
 */
export function refreshAfterWrite(client: QueryClient, userId: string, kind: "write" | "delete"): void {
  const others = client.isMutating({ mutationKey: taskKeys.writes(userId) }) - (kind === "write" ? 1 : 0);
  if (others > 0) return;
  void invalidateKeepingPages(client, { queryKey: taskKeys.all(userId) });
}
