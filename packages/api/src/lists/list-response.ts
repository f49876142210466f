import type { ListWithCount } from "@todo/db";
import { toList } from "./to-list";

const NO_STORE = { "Cache-Control": "no-store" };

/** A list as JSON; `created` answers 201 with its `Location`. */
export function listResponse(row: ListWithCount, { created = false } = {}): Response {
  const list = toList(row);
  const headers = new Headers(NO_STORE);
  if (created) headers.set("Location", `/api/${list.userId}/lists/${list.id}`);
  return Response.json(list, { status: created ? 201 : 200, headers });
}

/** Every list of the user as JSON, in the order given. */
export function listsResponse(rows: ListWithCount[]): Response {
  return Response.json(rows.map(toList), { headers: NO_STORE });
}
