"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { listFilters, readUrlFilters, type ScopeFilters, searchOf, type UrlFilters } from "@/lib/list-filters";

export { type ListFilters, toListQuery, VIEWS, type View } from "@/lib/list-filters";

/**
 * The list's filters: the scope's (which list, which due dates), and the view, search and sort kept
 * in the URL so that reload, back and shared links keep them. Upcoming is always by due date. A change writes
 * the URL through the History API, which the App Router follows (useSearchParams) without asking the server
 * for the page again: the tasks of the new filters come from the API (or the cache) alone.
 */
export function useListFilters(scope: ScopeFilters, { byDue = false } = {}) {
  const params = useSearchParams();
  const pathname = usePathname();

  const { listId, dueAfter, dueBefore } = scope;
  const urlFilters = useMemo(() => readUrlFilters(params), [params]);
  const filters = useMemo(
    () => listFilters(urlFilters, { listId, dueAfter, dueBefore }, { byDue }),
    [urlFilters, byDue, listId, dueAfter, dueBefore],
  );

  const setFilters = useCallback(
    (change: Partial<UrlFilters>, { push = true } = {}) => {
      const search = searchOf({ ...urlFilters, ...change });
      const url = search.size ? `${pathname}?${search}` : pathname;
      if (push) window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    },
    [urlFilters, pathname],
  );

  return { filters, setFilters };
}
