import { listResponse } from "@todo/api/lists";
import { MoveListSchema } from "@todo/contracts";
import { moveList } from "@todo/db";
import { getDb } from "@/server/db";
import { preflight } from "@/server/http/cors";
import { methodNotAllowed } from "@/server/http/method-not-allowed";
import { parseBody } from "@/server/http/parse";
import { userRoute } from "@/server/http/user-route";
import { parseListId } from "@/server/lists/list-id";
import { refuseListEtags } from "@/server/lists/list-precondition";

type Params = { userId: string; id: string };

/**
 * Move a list
 * @description Places the list in the sidebar's order: `{"before": id}` or `{"after": id}` of another list of the user's (after the Inbox: first). The Inbox stays first: moving it is 409, placing a list before it 422. Lists have no `ETag`: an `If-Match` naming one answers 412.
 * @operationId moveList
 * @tag Lists
 * @pathParams ListPathParamsSchema
 * @body MoveListSchema
 * @response ListSchema:The list as placed
 * @responseHeader 200 X-Request-Id string This request's id, also in server logs
 * @add 400, 401, 403, 404, 409, 413, 415, 422, 429, 500, 503
 * @auth bearer
 * @openapi-override {"requestBody": {"required": true}}
 * @openapi
 */
export const POST = userRoute<Params>(async (request, { owner, params: { id } }) => {
  const listId = parseListId(id);
  const input = await parseBody(request, MoveListSchema);
  await refuseListEtags(request, owner, listId);
  return listResponse(await moveList(getDb(), owner, listId, input));
});

export const OPTIONS = preflight(["POST"]);
export const { GET, PUT, PATCH, DELETE } = methodNotAllowed(["POST"]);
