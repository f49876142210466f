import { revokeAccessToken } from "@todo/db";
import { z } from "zod";
import { requireSessionToken } from "@/server/auth/session-only";
import { getDb } from "@/server/db";
import { preflight } from "@/server/http/cors";
import { HttpError } from "@/server/http/errors";
import { methodNotAllowed } from "@/server/http/method-not-allowed";
import { userRoute } from "@/server/http/user-route";

type Params = { userId: string; id: string };

const NOT_FOUND = "No access token of yours has this id";

/**
 * Revoke an access token
 * @description Deletes the token: it can no longer be exchanged. JWTs already exchanged for it answer 401 within about 2 s, on every instance. Needs a signed-in session's JWT (an access token's JWT: 403).
 * @operationId revokeAccessToken
 * @tag Access tokens
 * @pathParams AccessTokenPathParamsSchema
 * @response 204
 * @responseDescription The token is revoked
 * @responseHeader 204 X-Request-Id string This request's id, also in server logs
 * @add 401, 403, 404, 429, 500, 503
 * @auth bearer
 * @openapi
 */
export const DELETE = userRoute<Params>(async (_request, { owner, scope, params: { id } }) => {
  requireSessionToken(scope);
  if (!z.uuid().safeParse(id).success) throw new HttpError(404, NOT_FOUND);
  if (!(await revokeAccessToken(getDb(), owner, id))) throw new HttpError(404, NOT_FOUND);
  return new Response(null, { status: 204 });
});

export const OPTIONS = preflight(["DELETE"]);
export const { GET, POST, PUT, PATCH } = methodNotAllowed(["DELETE"]);
