import type { TaskPage } from "@todo/db";
import { toTask } from "./to-task";

/** What a list request's `Prefer: count=…` asked (RFC 7240, PostgREST's names), if anything it honours. */
export type CountPreference = "exact" | "none" | undefined;

/**
 * `Cache-Control: no-store` (a user's tasks, as every answer about them), `X-Total-Count` when the page
 * was counted, `Preference-Applied` naming the count preference that was honoured, and
 * `Link: <…>; rel="next"` while more pages remain.
 */
function listHeaders(requestUrl: string | URL, page: TaskPage, count: CountPreference): Headers {
  const headers = new Headers({ "Cache-Control": "no-store" });
  if (page.total !== null) headers.set("X-Total-Count", String(page.total));
  if (count) headers.set("Preference-Applied", `count=${count}`);
  if (page.nextCursor) {
    const next = new URL(requestUrl);
    next.searchParams.set("cursor", page.nextCursor);
    headers.set("Link", `<${next.pathname}${next.search}>; rel="next"`);
  }
  return headers;
}

/** A page of tasks as JSON, with its count if asked and the link to the next page; `requestUrl` is the list's own. */
export function taskListResponse(requestUrl: string | URL, page: TaskPage, count?: CountPreference): Response {
  return Response.json(page.rows.map(toTask), { headers: listHeaders(requestUrl, page, count) });
}
