import type { ChangeLogPage } from "@todo/db";
import { toChange } from "./to-change";

/** A page of the change log as JSON: `{changes, next, hasMore}`. */
export function changePageResponse(page: ChangeLogPage): Response {
  const body = { changes: page.changes.map(toChange), next: page.next, hasMore: page.hasMore };
  return Response.json(body, { headers: { "Cache-Control": "no-store" } });
}
