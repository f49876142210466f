/** A page's `searchParams`, as Next.js hands them over. */
export type PageSearchParams = Record<string, string | string[] | undefined>;

/** Back to URLSearchParams (a repeated name keeps its order), to be read as the browser reads its URL. */
export function searchParamsOf(params: PageSearchParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) search.append(name, one);
  }
  return search;
}
