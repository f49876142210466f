"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import type { Task } from "@todo/contracts";
import { useDebouncedValue } from "@/hooks/use-debounced-value";
import { DEFAULT_FILTERS, type ListFilters } from "@/lib/list-filters";
import { taskListOptions } from "./use-task-list";

const TYPING_PAUSE_MS = 200;

/** Every list's tasks, newest first: what the search box of the tasks page asks, without the page's list. */
function searchFilters(q: string): ListFilters {
  return { ...DEFAULT_FILTERS, q, sort: "created", order: "desc", listId: null, dueAfter: null, dueBefore: null };
}

/**
 * The tasks of all the user's lists that `search` finds (title, description, tags: the server's search), asked
 * once typing pauses. A list query like the page's own, so live changes and writes keep it current. Until the
 * first answer, null; while a newer search is on its way, the last answer and what it was found by.
 */
export function useTaskSearch(userId: string, search: string): { q: string; tasks: Task[] } | null {
  const q = useDebouncedValue(search.trim(), TYPING_PAUSE_MS);
  const query = useInfiniteQuery({
    ...taskListOptions(userId, searchFilters(q)),
    enabled: q !== "",
    placeholderData: keepPreviousData,
  });
  const page = query.data?.pages[0];
  if (!search.trim() || !page) return null;
  return { q: query.isPlaceholderData ? "" : q, tasks: page.tasks };
}
