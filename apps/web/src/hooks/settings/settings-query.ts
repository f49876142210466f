import { queryOptions } from "@tanstack/react-query";
import type { ApiRunner } from "@/lib/api-runner";
import { settingsKeys } from "./keys";

export function settingsQuery(api: ApiRunner, userId: string) {
  return queryOptions({
    queryKey: settingsKeys.all(userId),
    queryFn: () => api((client) => client.getSettings(userId)),
    // They change only here, or in another tab or device, which a reload shows.
    staleTime: Number.POSITIVE_INFINITY,
  });
}
