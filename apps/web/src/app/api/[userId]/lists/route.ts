import { listResponse, listsResponse } from "@todo/api/lists";
import { CreateListSchema } from "@todo/contracts";
import { createList, listLists } from "@todo/db";
import { getDb } from "@/server/db";
import { preflight } from "@/server/http/cors";
import { methodNotAllowed } from "@/server/http/method-not-allowed";
import { parseBody } from "@/server/http/parse";
import { userRoute } from "@/server/http/user-route";

type Params = { userId: string };

/**
 * List lists
 * @description Every list of the user, the Inbox first, then by `position`, each with its count of open tasks.
 * @operationId listLists
 * @tag Lists
 * @pathParams UserPathParamsSchema
 * @response ListListSchema:The user's lists
 * @responseHeader 200 X-Request-Id string This request's id, also in server logs
 * @add 401, 403, 429, 500, 503
 * @auth bearer
 * @openapi
 */
export const GET = userRoute<Params>(async (_request, { owner }) => {
  return listsResponse(await listLists(getDb(), owner));
});

/**
 * Create a list
 * @description A new list, placed last. 409 when the user has a list of that name (ignoring case) or already 200 lists.
 * @operationId createList
 * @tag Lists
 * @pathParams UserPathParamsSchema
 * @body CreateListSchema
 * @response 201:ListSchema:The created list
 * @responseHeader 201 Location string The list's URL, `/api/{userId}/lists/{id}`
 * @responseHeader 201 X-Request-Id string This request's id, also in server logs
 * @add 400, 401, 403, 409, 413, 415, 422, 429, 500, 503
 * @auth bearer
 * @openapi-override {"requestBody": {"required": true}}
 * @openapi
 */
export const POST = userRoute<Params>(async (request, { owner }) => {
  const input = await parseBody(request, CreateListSchema);
  return listResponse(await createList(getDb(), owner, input), { created: true });
});

export const OPTIONS = preflight(["GET", "POST"]);
export const { PUT, PATCH, DELETE } = methodNotAllowed(["GET", "POST"]);
