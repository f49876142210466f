import "server-only";
import type { TokenExchange } from "@todo/contracts";
import { redeemAccessToken } from "@todo/db";
import { getDb } from "../db";
import { UnauthorizedError } from "../http/errors";
import { getAuth } from "./auth";

/**
 * How long a JWT exchanged for an access token lives: requests with it are verified without the
 * database, so this is how long a revoked (or deleted) token's JWTs keep working.
 */
export const EXCHANGED_JWT_SECONDS = 300;

/**
 * A short-lived JWT, signed with the same keys as a session's, for the access token in
 * `Authorization: Bearer todo_pat_…`: `sub` its user, `scope` its scope, `tid` its id.
 */
export async function exchangeAccessToken(request: Request): Promise<TokenExchange> {
  const secret = request.headers.get("authorization")?.match(/^Bearer +(\S+)$/i)?.[1];
  if (!secret) throw new UnauthorizedError("Send the access token as Authorization: Bearer todo_pat_…");
  const token = await redeemAccessToken(getDb(), secret);
  if (!token) throw new UnauthorizedError("The access token is unknown, revoked or expired");
  const now = Math.floor(Date.now() / 1000);
  const { token: jwt } = await getAuth().api.signJWT({
    body: {
      payload: { sub: token.userId, scope: token.scope, tid: token.id, iat: now, exp: now + EXCHANGED_JWT_SECONDS },
    },
  });
  return {
    token: jwt,
    tokenType: "Bearer",
    expiresIn: EXCHANGED_JWT_SECONDS,
    scope: token.scope,
    userId: token.userId,
  };
}
