"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { listFilters, readUrlFilters, type ScopeFilters, searchOf, type UrlFilters } from "@/lib/list-filters";

export { type ListFilters, toListQuery, VIEWS, type View } from "@/lib/list-filters";

/**
 * The list's filters: the scope's (which list, which due dates), and the view, search and sort kept
 * in the URL so that reload, back and shared links keep them. Upcoming is always by due date.
 */
export function useListFilters(scope: ScopeFilters, { byDue = false } = {}) {
  const params = useSearchParams();
  const router = useRouter();
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
      if (push) router.push(url, { scroll: false });
      else router.replace(url, { scroll: false });
    },
    [urlFilters, pathname, router],
  );

  return { filters, setFilters };
}
