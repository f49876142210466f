"use client";

import { useQuery } from "@tanstack/react-query";
import type { List } from "@todo/contracts";
import { browserApi } from "@/lib/browser-api";
import { listsQuery } from "./lists-query";

/** The user's lists, the Inbox first, then in the sidebar's order; null until loaded. */
export function useLists(userId: string): { lists: List[] | null; failed: boolean } {
  const { data, isError } = useQuery(listsQuery(browserApi, userId));
  return { lists: data ?? null, failed: isError && !data };
}
