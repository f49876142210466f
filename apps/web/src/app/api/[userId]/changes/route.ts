import { changePageResponse } from "@todo/api/changes";
import { CHANGES_LIMIT_MAX, ChangesQuerySchema } from "@todo/contracts";
import { listChanges } from "@todo/db";
import { getDb } from "@/server/db";
import { preflight } from "@/server/http/cors";
import { methodNotAllowed } from "@/server/http/method-not-allowed";
import { parseQuery } from "@/server/http/parse";
import { userRoute } from "@/server/http/user-route";

type Params = { userId: string };

/**
 * List changes
 * @description What changed in the user's tasks and lists after `since`, oldest first, a page at a time: apply each change (`data` is the task or list as it is now; null for a deletion), then ask again with `since=next` while `hasMore`. A change whose task or list was deleted since is left out (its deletion follows), so a page may hold fewer than `limit`. The log keeps at least 30 days: a `since` it no longer holds (or never reached) is 410: list the tasks and lists afresh, then go on from `since=now`, which answers no change and the `next` to start from.
 * @operationId listChanges
 * @tag Changes
 * @pathParams UserPathParamsSchema
 * @params ChangesQuerySchema
 * @response ChangePageSchema:One page of changes
 * @responseHeader 200 X-Request-Id string This request's id, also in server logs
 * @add 400, 401, 403, 410, 429, 500, 503
 * @auth bearer
 * @openapi
 */
export const GET = userRoute<Params>(async (request, { owner }) => {
  const { since = 0, limit = CHANGES_LIMIT_MAX } = parseQuery(request, ChangesQuerySchema);
  return changePageResponse(await listChanges(getDb(), owner, { since, limit }));
});

export const OPTIONS = preflight(["GET"]);
export const { POST, PUT, PATCH, DELETE } = methodNotAllowed(["GET"]);
