import { queryOptions } from "@tanstack/react-query";
import type { ApiRunner } from "@/lib/api-runner";

/** Where the user's change log stood when a page's data was read on the server: its live stream starts there. */
export const livePositionKey = (userId: string) => ["changes", userId, "position"] as const;

export function livePositionQuery(api: ApiRunner, userId: string) {
  return queryOptions({
    queryKey: livePositionKey(userId),
    queryFn: async () => (await api((client) => client.listChanges(userId, { since: "now" }))).next,
    // Read once, with the page's data; never again (the stream keeps its own place from then on).
    staleTime: Number.POSITIVE_INFINITY,
  });
}
