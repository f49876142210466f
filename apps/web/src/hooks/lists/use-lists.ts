"use client";

import { useQuery } from "@tanstack/react-query";
import type { List } from "@todo/contracts";
import { apiCall } from "@/lib/api-call";
import { apiClient } from "@/lib/api-client";
import { listKeys } from "./keys";

/** The user's lists, the Inbox first, then in the sidebar's order; null until loaded. */
export function useLists(userId: string): { lists: List[] | null; failed: boolean } {
  const { data, isError } = useQuery({
    queryKey: listKeys.all(userId),
    queryFn: () => apiCall(() => apiClient.listLists(userId)),
  });
  return { lists: data ?? null, failed: isError && !data };
}
