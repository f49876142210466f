import { queryOptions } from "@tanstack/react-query";
import { type ApiRunner, FRESH_FOR_MS } from "@/lib/api-runner";
import { listKeys } from "./keys";

/** The user's lists, the Inbox first, then in the sidebar's order. */
export function listsQuery(api: ApiRunner, userId: string) {
  return queryOptions({
    queryKey: listKeys.all(userId),
    queryFn: () => api((client) => client.listLists(userId)),
    staleTime: FRESH_FOR_MS,
  });
}
