import { listResponse } from "@todo/api/lists";
import { UpdateListSchema } from "@todo/contracts";
import { deleteList, getList, updateList } from "@todo/db";
import { getDb } from "@/server/db";
import { preflight } from "@/server/http/cors";
import { methodNotAllowed } from "@/server/http/method-not-allowed";
import { parseBody } from "@/server/http/parse";
import { userRoute } from "@/server/http/user-route";
import { parseListId } from "@/server/lists/list-id";
import { refuseListEtags } from "@/server/lists/list-precondition";

type Params = { userId: string; id: string };

/**
 * Get a list
 * @description One list, with its count of open tasks.
 * @operationId getList
 * @tag Lists
 * @pathParams ListPathParamsSchema
 * @response ListSchema:The list
 * @responseHeader 200 X-Request-Id string This request's id, also in server logs
 * @add 401, 403, 404, 429, 500, 503
 * @auth bearer
 * @openapi
 */
export const GET = userRoute<Params>(async (_request, { owner, params: { id } }) => {
  return listResponse(await getList(getDb(), owner, parseListId(id)));
});

/**
 * Update a list
 * @description Changes only the fields sent, at least one. 409 when renaming the Inbox, or to a name the user has (ignoring case). Lists have no `ETag`: an `If-Match` naming one answers 412.
 * @operationId updateList
 * @tag Lists
 * @pathParams ListPathParamsSchema
 * @body UpdateListSchema
 * @response ListSchema:The list as saved
 * @responseHeader 200 X-Request-Id string This request's id, also in server logs
 * @add 400, 401, 403, 404, 409, 413, 415, 422, 429, 500, 503
 * @auth bearer
 * @openapi-override {"requestBody": {"required": true}}
 * @openapi
 */
export const PATCH = userRoute<Params>(async (request, { owner, params: { id } }) => {
  const listId = parseListId(id);
  const input = await parseBody(request, UpdateListSchema);
  await refuseListEtags(request, owner, listId);
  return listResponse(await updateList(getDb(), owner, listId, input));
});

/**
 * Delete a list
 * @description Deletes the list and every task in it; answers 204 with no body. The Inbox cannot be deleted (409). Lists have no `ETag`: an `If-Match` naming one answers 412.
 * @operationId deleteList
 * @tag Lists
 * @pathParams ListPathParamsSchema
 * @response 204
 * @responseDescription The list and its tasks are deleted
 * @responseHeader 204 X-Request-Id string This request's id, also in server logs
 * @add 401, 403, 404, 409, 429, 500, 503
 * @auth bearer
 * @openapi
 */
export const DELETE = userRoute<Params>(async (request, { owner, params: { id } }) => {
  const listId = parseListId(id);
  await refuseListEtags(request, owner, listId);
  await deleteList(getDb(), owner, listId);
  return new Response(null, { status: 204 });
});

export const OPTIONS = preflight(["GET", "PATCH", "DELETE"]);
export const { POST, PUT } = methodNotAllowed(["GET", "PATCH", "DELETE"]);
