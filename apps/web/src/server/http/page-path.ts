/** The request header in which proxy.ts hands a page render the path and query it was asked for. */
export const PAGE_PATH_HEADER = "x-page-path";

/** Path and query of a page request as asked for, less the router's own `_rsc` cache-buster. */
export function pagePathOf(url: URL): string {
  if (!url.searchParams.has("_rsc")) return `${url.pathname}${url.search}`;
  const search = new URLSearchParams(url.search);
  search.delete("_rsc");
  const query = search.toString();
  return query ? `${url.pathname}?${query}` : url.pathname;
}
