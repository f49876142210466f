import "server-only";
import { getList } from "@todo/db";
import { getDb } from "../db";
import { HttpError } from "../http/errors";
import { ifMatchNamesTags } from "../http/if-match";

/**
 * Lists send no ETag, so an `If-Match` naming tags can never hold for one: 412 rather than a write the caller
 * meant to make only on a version it saw. A list that is not there is still 404 (RFC 9110 § 13.2.1: the answer the
 * request would get without its preconditions comes first); `*` holds for any list that exists.
 */
export async function refuseListEtags(request: Request, owner: string, listId: number): Promise<void> {
  if (!ifMatchNamesTags(request)) return;
  await getList(getDb(), owner, listId);
  throw new HttpError(412, "Lists have no ETag: If-Match on a list can only be *");
}
