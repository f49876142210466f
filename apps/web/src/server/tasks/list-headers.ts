import type { TaskPage } from "@todo/db";
import { preferences } from "../http/prefer";

export type CountPreference = "exact" | "none" | undefined;

/**
 * What the request's `Prefer: count=…` asks (RFC 7240, PostgREST's names): `exact` counts every
 * match into `X-Total-Count`, a second query; anything else, or nothing, runs the page alone.
 */
export function countPreference(request: Request): CountPreference {
  const value = preferences(request).get("count")?.toLowerCase();
  return value === "exact" || value === "none" ? value : undefined;
}

/**
 * `X-Total-Count` when counted, `Preference-Applied` naming the count preference that was honoured,
 * and `Link: <…>; rel="next"` while more pages remain.
 */
export function listHeaders(request: Request, page: TaskPage, count: CountPreference): Headers {
  const headers = new Headers();
  if (page.total !== null) headers.set("X-Total-Count", String(page.total));
  if (count) headers.set("Preference-Applied", `count=${count}`);
  if (page.nextCursor) {
    const next = new URL(request.url);
    next.searchParams.set("cursor", page.nextCursor);
    headers.set("Link", `<${next.pathname}${next.search}>; rel="next"`);
  }
  return headers;
}
