"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import type { Task } from "@todo/contracts";
import { useCallback, useRef } from "react";
import { useDebouncedValue } from "@/hooks/use-debounced-value";
import { DEFAULT_FILTERS, type ListFilters } from "@/lib/list-filters";
import { taskListOptions, useLoadedTasks } from "./use-task-list";

const TYPING_PAUSE_MS = 200;

/** Every list's tasks, newest first: what the search box of the tasks page asks, without the page's list. */
function searchFilters(q: string): ListFilters {
  return { ...DEFAULT_FILTERS, q, sort: "created", order: "desc", listId: null, dueAfter: null, dueBefore: null };
}

export interface TaskSearch {
  /** What `tasks` were found by; "" while they are a former search's, kept until the answer to this one comes. */
  q: string;
  /** The pages loaded so far, in order, each task once. */
  tasks: Task[];
  /** The search finds more than the pages loaded (never for a former search's tasks). */
  hasMore: boolean;
  /** The next page is on its way. */
  loadingMore: boolean;
  /** Something is on its way: the next page, or the pages loaded asked again (a write or live change refetches). */
  fetching: boolean;
  /** The last page asked for could not be loaded. */
  loadMoreFailed: boolean;
  /**
   * Asks for the next page: the same query's (`fetchNextPage`), unless there is none or something is on its way
   * (asked then, it would call off a refetch of the pages loaded, or be called off by it): asked again once nothing is.
   */
  loadMore: () => void;
}

/**
 * The tasks of all the user's lists that `search` finds (title, description, tags: the server's search), asked
 * once typing pauses, a page at a time (`loadMore`). A list query like the page's own, so live changes and writes
 * keep its loaded pages current. Until the first answer, null; while a newer search is on its way, the last
 * answer and what it was found by.
 */
export function useTaskSearch(userId: string, search: string): TaskSearch | null {
  const q = useDebouncedValue(search.trim(), TYPING_PAUSE_MS);
  const query = useInfiniteQuery({
    ...taskListOptions(userId, searchFilters(q)),
    enabled: q !== "",
    placeholderData: keepPreviousData,
  });
  const tasks = useLoadedTasks(userId, query.data);
  const { isPlaceholderData, fetchNextPage } = query;
  // A former search's pages (placeholder data) have no next page of this one.
  const hasMore = !isPlaceholderData && query.hasNextPage;
  const fetching = query.isFetching;
  // Asked twice before the next render says it is on its way (the end reached by scrolling and by the selection at
  // once), the second would call off the first and ask again.
  const asking = useRef(false);
  const loadMore = useCallback(() => {
    if (!hasMore || fetching || asking.current) return;
    asking.current = true;
    void fetchNextPage().finally(() => {
      asking.current = false;
    });
  }, [hasMore, fetching, fetchNextPage]);
  if (!search.trim() || !query.data) return null;
  return {
    q: isPlaceholderData ? "" : q,
    tasks,
    hasMore,
    loadingMore: query.isFetchingNextPage,
    fetching,
    loadMoreFailed: query.isFetchNextPageError,
    loadMore,
  };
}
