"use client";

import { useMutationState, useQuery } from "@tanstack/react-query";
import { browserApi } from "@/lib/browser-api";
import type { ListFilters } from "@/lib/list-filters";
import type { PendingDelete } from "./delete-task";
import { taskKeys } from "./keys";
import { matches } from "./list-cache";
import { activeCountQuery, countScopeOf } from "./task-queries";

/**
 * How many tasks of the page's list or view are not done yet, across all pages; null until the
 * server has said. Tasks waiting out their undo offer no longer count: the list already hides them.
 */
export function useActiveCount(userId: string, filters: ListFilters, { enabled = true } = {}): number | null {
  const { data } = useQuery({ ...activeCountQuery(browserApi, userId, countScopeOf(filters)), enabled });
  const inScope = { ...filters, view: "active", q: "", priority: null, tag: null } as const;
  const leaving = useMutationState({
    filters: { mutationKey: taskKeys.deletes(userId), status: "pending" },
    select: (mutation) => matches((mutation.state.variables as PendingDelete).task, inScope),
  }).filter(Boolean).length;
  return data === undefined || data === null ? null : Math.max(0, data - leaving);
}
