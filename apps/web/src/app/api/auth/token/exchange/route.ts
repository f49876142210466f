import { exchangeAccessToken } from "@/server/auth/exchange-access-token";
import { apiRoute } from "@/server/http/api-route";
import { preflight } from "@/server/http/cors";
import { methodNotAllowed } from "@/server/http/method-not-allowed";

/**
 * Exchange an access token for a JWT
 * @description Send a personal access token (`Authorization: Bearer todo_pat_…`, created in Settings → Access tokens or with `POST /api/{userId}/access-tokens`); the answer is a JWT for every `/api/{userId}/…` endpoint, valid 5 minutes and carrying the token's scope (`read`: GET only, writes answer 403). Exchange again when it expires: a revoked or expired access token answers 401, and the JWTs exchanged for a revoked one answer 401 within seconds.
 * @operationId exchangeAccessToken
 * @tag Access tokens
 * @response TokenExchangeSchema:A JWT for the API
 * @responseHeader 200 X-Request-Id string This request's id, also in server logs
 * @add 401, 500, 503
 * @auth accessToken
 * @openapi
 */
export const POST = apiRoute(async (request) => {
  return Response.json(await exchangeAccessToken(request), { headers: { "Cache-Control": "no-store" } });
});

export const OPTIONS = preflight(["POST"]);
export const { GET, PUT, PATCH, DELETE } = methodNotAllowed(["POST"]);
