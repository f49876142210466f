import type { TaskPage } from "@todo/db";

/**
 * `X-Total-Count` (or, when the tasks were not counted, `Preference-Applied: count=none`), and
 * `Link: <…>; rel="next"` while more pages remain.
 */
export function listHeaders(request: Request, page: TaskPage): Headers {
  const headers = new Headers(
    page.total === null ? { "Preference-Applied": "count=none" } : { "X-Total-Count": String(page.total) },
  );
  if (page.nextCursor) {
    const next = new URL(request.url);
    next.searchParams.set("cursor", page.nextCursor);
    headers.set("Link", `<${next.pathname}${next.search}>; rel="next"`);
  }
  return headers;
}
