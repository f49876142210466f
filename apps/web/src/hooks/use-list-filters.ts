"use client";

import {
  type ListTasksQuery,
  SORT_ORDERS,
  type SortOrder,
  TASK_PRIORITIES,
  TASK_SORTS,
  type TaskPriority,
  type TaskSort,
} from "@todo/contracts";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";

export const VIEWS = ["all", "active", "completed"] as const;
export type View = (typeof VIEWS)[number];

export interface ListFilters {
  view: View;
  q: string;
  sort: TaskSort;
  order: SortOrder;
  priority: TaskPriority | null;
  tag: string | null;
}

const DEFAULTS: ListFilters = { view: "all", q: "", sort: "created", order: "desc", priority: null, tag: null };

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return values.includes(value as T) ? (value as T) : fallback;
}

/** The list's view, search and sort, kept in the URL so that reload, back and shared links keep them. */
export function useListFilters() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();

  const filters = useMemo<ListFilters>(
    () => ({
      view: oneOf(VIEWS, params.get("view"), DEFAULTS.view),
      q: params.get("q") ?? "",
      sort: oneOf(TASK_SORTS, params.get("sort"), DEFAULTS.sort),
      order: oneOf(SORT_ORDERS, params.get("order"), DEFAULTS.order),
      priority: params.has("priority") ? oneOf(TASK_PRIORITIES, params.get("priority"), "none") : null,
      tag: params.get("tag") || null,
    }),
    [params],
  );

  const setFilters = useCallback(
    (change: Partial<ListFilters>, { push = true } = {}) => {
      const next = { ...filters, ...change };
      const search = new URLSearchParams();
      for (const [key, value] of Object.entries(next)) {
        if (value !== null && value !== "" && value !== DEFAULTS[key as keyof ListFilters])
          search.set(key, String(value));
      }
      const url = search.size ? `${pathname}?${search}` : pathname;
      if (push) router.push(url, { scroll: false });
      else router.replace(url, { scroll: false });
    },
    [filters, pathname, router],
  );

  return { filters, setFilters };
}

/** The API query for a set of filters. */
export function toListQuery(filters: ListFilters): ListTasksQuery {
  return {
    status: filters.view === "active" ? "pending" : filters.view === "completed" ? "completed" : "all",
    sort: filters.sort,
    order: filters.order,
    limit: 100,
    ...(filters.q.trim() && { q: filters.q.trim() }),
    ...(filters.priority && { priority: filters.priority }),
    ...(filters.tag && { tag: filters.tag }),
  };
}
