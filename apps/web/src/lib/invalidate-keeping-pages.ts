import type { InvalidateQueryFilters, QueryClient } from "@tanstack/react-query";

/**
 * `invalidateQueries`, except for a list loading its next page (Load more, the palette reaching its end): it is
 * invalidated once that page is in, and refetches with it. Invalidated at once, its fetch of the page would be called
 * off for a refetch of the pages it held, and the page the user asked for lost.
 */
export function invalidateKeepingPages(client: QueryClient, filters: InvalidateQueryFilters = {}): Promise<void> {
  const loadingMore = client
    .getQueryCache()
    .findAll(filters)
    .filter((query) => query.state.fetchStatus === "fetching" && query.state.fetchMeta?.fetchMore !== undefined);
  if (loadingMore.length === 0) return client.invalidateQueries(filters);
  const now = client.invalidateQueries({
    ...filters,
    predicate: (query) => !loadingMore.includes(query) && (filters.predicate?.(query) ?? true),
  });
  const later = loadingMore.map((query) => {
    const invalidate = () => client.invalidateQueries({ queryKey: query.queryKey, exact: true });
    return (query.promise ?? Promise.resolve()).then(invalidate, invalidate);
  });
  return Promise.all([now, ...later]).then(() => {});
}
