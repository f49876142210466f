import {
  type ListTasksQuery,
  SORT_ORDERS,
  type SortOrder,
  TASK_PRIORITIES,
  TASK_SORTS,
  type TaskPriority,
  type TaskSort,
} from "@todo/contracts";

// The tasks page's filters, read the same way by the server that renders the page first (its data
// prefetched, server/page-data) and by the browser that takes over: one parser, so both ask for the
// same lists under the same query keys.

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

export type UrlFilters = Omit<ListFilters, keyof ScopeFilters>;
export type ScopeFilters = Pick<ListFilters, "listId" | "dueAfter" | "dueBefore">;

// "My order" (manual, top first) by default, as Todoist and To Do keep a list: a new task goes on top.
export const DEFAULT_FILTERS: UrlFilters = {
  view: "all",
  q: "",
  sort: "manual",
  order: "asc",
  priority: null,
  tag: null,
};

/** What a query string offers: URLSearchParams, or Next.js's ReadonlyURLSearchParams. */
interface SearchParamsLike {
  get(name: string): string | null;
  has(name: string): boolean;
}

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return values.includes(value as T) ? (value as T) : fallback;
}

/** The view, search and sort a query string asks for; anything unknown falls back to the default. */
export function readUrlFilters(params: SearchParamsLike): UrlFilters {
  return {
    view: oneOf(VIEWS, params.get("view"), DEFAULT_FILTERS.view),
    q: params.get("q") ?? "",
    sort: oneOf(TASK_SORTS, params.get("sort"), DEFAULT_FILTERS.sort),
    order: oneOf(SORT_ORDERS, params.get("order"), DEFAULT_FILTERS.order),
    priority: params.has("priority") ? oneOf(TASK_PRIORITIES, params.get("priority"), "none") : null,
    tag: params.get("tag") || null,
  };
}

/** The query string for these filters, the defaults left out. */
export function searchOf(filters: UrlFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== null && value !== "" && value !== DEFAULT_FILTERS[key as keyof UrlFilters])
      search.set(key, String(value));
  }
  return search;
}

/** The list's filters: the scope's and the query string's. Views across lists (`byDue`) are by due date. */
export function listFilters(url: UrlFilters, scope: ScopeFilters, { byDue = false } = {}): ListFilters {
  const { listId, dueAfter, dueBefore } = scope;
  return { ...url, ...(byDue && { sort: "due" as const, order: "asc" as const }), listId, dueAfter, dueBefore };
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

/**
 * The lists the tasks page shows for its filters: "All" shows the open tasks, then the completed ones
 * in a section of their own (whatever the sort), so it asks for both; any other view for itself.
 */
export function sectionsOf(filters: ListFilters): { split: boolean; open: ListFilters; done: ListFilters } {
  const split = filters.view === "all";
  return { split, open: split ? { ...filters, view: "active" } : filters, done: { ...filters, view: "completed" } };
}
