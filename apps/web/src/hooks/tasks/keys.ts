import type { ListFilters } from "@/hooks/use-list-filters";

/** Every query and mutation key of a user's tasks, so that one prefix reaches them all. */
export const taskKeys = {
  all: (userId: string) => ["tasks", userId] as const,
  /** Every cached list, whatever its filters. */
  lists: (userId: string) => ["tasks", userId, "list"] as const,
  list: (userId: string, filters: ListFilters) => ["tasks", userId, "list", filters] as const,
  /** How many tasks are not done yet, across all pages ("N items left"), in a list or window of due dates. */
  activeCounts: (userId: string) => ["tasks", userId, "active-count"] as const,
  activeCount: (userId: string, scope: object) => ["tasks", userId, "active-count", scope] as const,
  /** One task, asked for by its id (a link to it, past the pages a list has loaded): null when the user has none. */
  byId: (userId: string, id: number) => ["tasks", userId, "by-id", id] as const,
  /** A task's subtasks, in their own order (the details panel). */
  subtasks: (userId: string, parentId: number) => ["tasks", userId, "subtasks", parentId] as const,
  /** The task as the server last answered a write to it: the version the next write names. */
  saved: (userId: string, id: number) => ["tasks", userId, "saved", id] as const,
  /** Creates and changes, sent at once. */
  writes: (userId: string) => ["tasks", userId, "write"] as const,
  /** Deletions, which wait for the undo offer to run out before they are sent. */
  deletes: (userId: string) => ["tasks", userId, "delete"] as const,
};

/** The filters a list's key was made from. */
export function filtersOf(key: readonly unknown[]): ListFilters {
  return key[3] as ListFilters;
}

/** One task's writes share a scope, so TanStack Query sends them one after another. */
export function taskScope(id: number) {
  return { id: `task-${id}` };
}
