import type { TaskPage } from "@todo/db";
import { toTask } from "./to-task";

/**
 * `X-Total-Count` (or, when the tasks were not counted, `Preference-Applied: count=none`), and
 * `Link: <…>; rel="next"` while more pages remain.
 */
function listHeaders(requestUrl: string | URL, page: TaskPage): Headers {
  const headers = new Headers(
    page.total === null ? { "Preference-Applied": "count=none" } : { "X-Total-Count": String(page.total) },
  );
  if (page.nextCursor) {
    const next = new URL(requestUrl);
    next.searchParams.set("cursor", page.nextCursor);
    headers.set("Link", `<${next.pathname}${next.search}>; rel="next"`);
  }
  return headers;
}

/** A page of tasks as JSON, with its count and the link to the next page; `requestUrl` is the list's own. */
export function taskListResponse(requestUrl: string | URL, page: TaskPage): Response {
  return Response.json(page.rows.map(toTask), { headers: listHeaders(requestUrl, page) });
}
