import { toAccessToken } from "@todo/api/access-tokens";
import { CreateAccessTokenSchema } from "@todo/contracts";
import { createAccessToken, listAccessTokens } from "@todo/db";
import { requireSessionToken } from "@/server/auth/session-only";
import { getDb } from "@/server/db";
import { preflight } from "@/server/http/cors";
import { methodNotAllowed } from "@/server/http/method-not-allowed";
import { parseBody } from "@/server/http/parse";
import { userRoute } from "@/server/http/user-route";

type Params = { userId: string };

const DAY_MS = 24 * 3600 * 1000;

/**
 * List access tokens
 * @description The user's personal access tokens, newest first, expired ones included; never their secrets. Needs a signed-in session's JWT (an access token's JWT: 403).
 * @operationId listAccessTokens
 * @tag Access tokens
 * @pathParams UserPathParamsSchema
 * @response AccessTokenListSchema:The user's access tokens
 * @responseHeader 200 X-Request-Id string This request's id, also in server logs
 * @add 401, 403, 429, 500, 503
 * @auth bearer
 * @openapi
 */
export const GET = userRoute<Params>(async (_request, { owner, scope }) => {
  requireSessionToken(scope);
  const rows = await listAccessTokens(getDb(), owner);
  return Response.json(rows.map(toAccessToken), { headers: { "Cache-Control": "no-store" } });
});

/**
 * Create an access token
 * @description A personal access token for a program: a name, a scope (`read` or `read-write`) and an expiry in days (null: never). The answer carries the secret (`token`) this once; only its hash is kept. Exchange it at `POST /api/auth/token/exchange` for a JWT. Needs a signed-in session's JWT (an access token's JWT: 403).
 * @operationId createAccessToken
 * @tag Access tokens
 * @pathParams UserPathParamsSchema
 * @body CreateAccessTokenSchema
 * @response 201:CreatedAccessTokenSchema:The token, with its secret
 * @responseHeader 201 X-Request-Id string This request's id, also in server logs
 * @add 400, 401, 403, 413, 415, 422, 429, 500, 503
 * @auth bearer
 * @openapi-override {"requestBody": {"required": true}}
 * @openapi
 */
export const POST = userRoute<Params>(async (request, { owner, scope }) => {
  requireSessionToken(scope);
  const { name, scope: tokenScope, expiresInDays } = await parseBody(request, CreateAccessTokenSchema);
  const expiresAt = expiresInDays === null ? null : new Date(Date.now() + expiresInDays * DAY_MS);
  const { row, secret } = await createAccessToken(getDb(), owner, { name, scope: tokenScope, expiresAt });
  return Response.json(
    { ...toAccessToken(row), token: secret },
    { status: 201, headers: { "Cache-Control": "no-store" } },
  );
});

export const OPTIONS = preflight(["GET", "POST"]);
export const { PUT, PATCH, DELETE } = methodNotAllowed(["GET", "POST"]);
