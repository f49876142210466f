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
  /** From the page's scope (see task-scope.ts), not the query string: */
  listId: number | null;
  dueAfter: string | null;
  dueBefore: string | null;
  /** From the query string: */
  view: View;
  q: string;
  sort: TaskSort;
  order: SortOrder;
  priority: TaskPriority | null;
  tag: string | null;
}

type UrlFilters = Omit<ListFilters, keyof ScopeFilters>;
type ScopeFilters = Pick<ListFilters, "listId" | "dueAfter" | "dueBefore">;

// "My order" (manual, top first) by default, as Todoist and To Do keep a list: a new task goes on top.
const DEFAULTS: UrlFilters = { view: "all", q: "", sort: "manual", order: "asc", priority: null, tag: null };

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return values.includes(value as T) ? (value as T) : fallback;
}

/**
 * The list's filters: the scope's (which list, which due dates), and the view, search and sort kept
 * in the URL so that reload, back and shared links keep them. Upcoming is always by due date.
 */
export function useListFilters(scope: ScopeFilters, { byDue = false } = {}) {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();

  const { listId, dueAfter, dueBefore } = scope;
  const urlFilters = useMemo<UrlFilters>(
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
  const filters = useMemo<ListFilters>(
    () => ({
      ...urlFilters,
      ...(byDue && { sort: "due" as const, order: "asc" as const }),
      listId,
      dueAfter,
      dueBefore,
    }),
    [urlFilters, byDue, listId, dueAfter, dueBefore],
  );

  const setFilters = useCallback(
    (change: Partial<UrlFilters>, { push = true } = {}) => {
      const next = { ...urlFilters, ...change };
      const search = new URLSearchParams();
      for (const [key, value] of Object.entries(next)) {
        if (value !== null && value !== "" && value !== DEFAULTS[key as keyof UrlFilters])
          search.set(key, String(value));
      }
      const url = search.size ? `${pathname}?${search}` : pathname;
      if (push) router.push(url, { scroll: false });
      else router.replace(url, { scroll: false });
    },
    [urlFilters, pathname, router],
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
    ...(filters.listId !== null && { listId: filters.listId }),
    ...(filters.dueAfter && { dueAfter: filters.dueAfter }),
    ...(filters.dueBefore && { dueBefore: filters.dueBefore }),
    ...(filters.q.trim() && { q: filters.q.trim() }),
    ...(filters.priority && { priority: filters.priority }),
    ...(filters.tag && { tag: filters.tag }),
  };
}
