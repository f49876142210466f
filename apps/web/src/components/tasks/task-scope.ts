import type { List } from "@todo/contracts";
import { addDays } from "./due-date";

/** Where the tasks page is: one list (the Inbox at `/`), or a view across lists. */
export type TaskScope = { kind: "inbox" } | { kind: "list"; listId: number } | { kind: "today" } | { kind: "upcoming" };

/** Upcoming: today and the 6 days after it. */
export const UPCOMING_DAYS = 7;

/** The page's address for a scope: reload or share it, and the same place opens. */
export function scopePath(scope: TaskScope): string {
  switch (scope.kind) {
    case "inbox":
      return "/";
    case "list":
      return `/lists/${scope.listId}`;
    default:
      return `/${scope.kind}`;
  }
}

/** The list a scope shows (the Inbox for `/`), once the lists are known; null for Today and Upcoming. */
export function scopeList(scope: TaskScope, lists: readonly List[] | null): List | null | undefined {
  if (!lists) return undefined;
  if (scope.kind === "inbox") return lists.find((l) => l.isInbox) ?? null;
  if (scope.kind === "list") return lists.find((l) => l.id === scope.listId) ?? null;
  return null;
}

/** Today and Upcoming gather tasks of several lists by date: a list's own order means nothing there. */
export function byDueDate(scope: TaskScope): boolean {
  return scope.kind === "today" || scope.kind === "upcoming";
}

export function scopeTitle(scope: TaskScope, list: List | null | undefined): string {
  if (scope.kind === "today") return "Today";
  if (scope.kind === "upcoming") return "Upcoming";
  return list?.name ?? (scope.kind === "inbox" ? "Inbox" : "List");
}

/**
 * The part of the task query a scope decides: a list, or a window of due dates across lists from `day`,
 * today where the user is (`YYYY-MM-DD`, in their time zone).
 */
export function scopeQuery(
  scope: TaskScope,
  listId: number | null,
  day: string,
): { listId: number | null; dueAfter: string | null; dueBefore: string | null } {
  if (scope.kind === "today") return { listId: null, dueAfter: null, dueBefore: addDays(day, 1) };
  if (scope.kind === "upcoming")
    return { listId: null, dueAfter: addDays(day, -1), dueBefore: addDays(day, UPCOMING_DAYS) };
  return { listId, dueAfter: null, dueBefore: null };
}
