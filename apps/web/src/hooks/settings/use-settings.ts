"use client";

import { useQuery } from "@tanstack/react-query";
import type { Settings } from "@todo/contracts";
import { ApiError } from "@/lib/api-call";
import { browserApi } from "@/lib/browser-api";
import { reason } from "@/lib/problem-text";
import { settingsQuery } from "./settings-query";

/** The user's settings; null until loaded (or when they could not be, `loadError` says why). */
export function useSettings(userId: string): {
  settings: Settings | null;
  loadError: string | null;
  reload: () => void;
} {
  const { data, error, refetch } = useQuery(settingsQuery(browserApi, userId));
  const loadError = data ? null : error instanceof ApiError ? reason(error.problem) : error ? String(error) : null;
  return { settings: data ?? null, loadError, reload: () => void refetch() };
}
