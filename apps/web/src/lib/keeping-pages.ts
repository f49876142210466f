import type { InvalidateQueryFilters, Query, QueryClient, QueryFilters } from "@tanstack/react-query";

/** The queries among `filters`' that are loading another page (Load more, the palette reaching its end). */
function loadingMore(client: QueryClient, filters: QueryFilters): Query[] {
  return client
    .getQueryCache()
    .findAll(filters)
    .filter((query) => query.state.fetchStatus === "fetching" && query.state.fetchMeta?.fetchMore !== undefined);
}

/**
 * `invalidateQueries`, except for a list loading its next page (Load more, the palette reaching its end): it is
 * invalidated once that page is in, and refetches with it. Invalidated at once, its fetch of the page would be called
 * off for a refetch of the pages it held, and the page the user asked for lost.
 */
export function invalidateKeepingPages(client: QueryClient, filters: InvalidateQueryFilters = {}): Promise<void> {
  const pending = loadingMore(client, filters);
  if (pending.length === 0) return client.invalidateQueries(filters);
  const now = client.invalidateQueries({
    ...filters,
    predicate: (query) => !pending.includes(query) && (filters.predicate?.(query) ?? true),
  });
  const later = pending.map((query) => {
    const { dataUpdatedAt, errorUpdatedAt } = query.state;
    const invalidate = () => {
      // Called off instead, by a write starting meanwhile (`cancelKeepingPages`): that write asks for the page again
      // and refreshes the list once it settles. Refetched now, the list would lose the change the write shows.
      const calledOff = query.state.dataUpdatedAt === dataUpdatedAt && query.state.errorUpdatedAt === errorUpdatedAt;
      return calledOff ? undefined : client.invalidateQueries({ queryKey: query.queryKey, exact: true });
    };
    return (query.promise ?? Promise.resolve()).then(invalidate, invalidate);
  });
  return Promise.all([now, ...later]).then(() => {});
}

/**
 * `cancelQueries`, as a write does before showing its change (a read on its way predates it, and its answer would
 * take the change back), except that a list's page on its way is asked for again once the caller has shown its
 * change (the next task of the event loop): it then lands on that change, and the page the user asked for comes.
 */
export async function cancelKeepingPages(client: QueryClient, filters: QueryFilters) {
  const pending = loadingMore(client, filters).map((query) => ({ query, meta: query.state.fetchMeta }));
  await client.cancelQueries(filters);
  for (const { query, meta } of pending)
    setTimeout(() => void query.fetch(undefined, { meta: meta ?? undefined, cancelRefetch: true }).catch(() => {}));
}
