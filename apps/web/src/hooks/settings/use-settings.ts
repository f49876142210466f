"use client";

import { queryOptions, useQuery } from "@tanstack/react-query";
import type { Settings } from "@todo/contracts";
import { ApiError, apiCall } from "@/lib/api-call";
import { apiClient } from "@/lib/api-client";
import { reason } from "@/lib/problem-text";
import { settingsKeys } from "./keys";

export function settingsQuery(userId: string) {
  return queryOptions({
    queryKey: settingsKeys.all(userId),
    queryFn: () => apiCall(() => apiClient.getSettings(userId)),
    // They change only here, or in another tab or device, which a reload shows.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The user's settings; null until loaded (or when they could not be, `loadError` says why). */
export function useSettings(userId: string): {
  settings: Settings | null;
  loadError: string | null;
  reload: () => void;
} {
  const { data, error, refetch } = useQuery(settingsQuery(userId));
  const loadError = data ? null : error instanceof ApiError ? reason(error.problem) : error ? String(error) : null;
  return { settings: data ?? null, loadError, reload: () => void refetch() };
}
