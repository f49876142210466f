import "server-only";
import { bearerCredentials } from "@todo/api/auth";
import type { TokenExchange } from "@todo/contracts";
import { redeemAccessToken } from "@todo/db";
import { getDb } from "../db";
import { UnauthorizedError } from "../http/errors";
import { getAuth } from "./auth";
import { sessionJwtSeconds } from "./jwt-lifetime";

/**
 * How long a JWT exchanged for an access token lives, at most: requests (and live streams) with it are
 * verified without the database, so this is how long a revoked (or deleted) token's JWTs keep working.
 */
export const EXCHANGED_JWT_SECONDS = 300;

/** A program's JWT lives 5 minutes, or as long as a session's when JWT_EXPIRATION is shorter. */
export function exchangedJwtSeconds(): number {
  return Math.min(EXCHANGED_JWT_SECONDS, sessionJwtSeconds());
}

/**
 * A short-lived JWT, signed with the same keys as a session's, for the access token in
 * `Authorization: Bearer todo_pat_…`: `sub` its user, `scope` its scope, `tid` its id.
 */
export async function exchangeAccessToken(request: Request): Promise<TokenExchange> {
  const secret = bearerCredentials(request.headers.get("authorization"));
  if (!secret) throw new UnauthorizedError("Send the access token as Authorization: Bearer todo_pat_…");
  const token = await redeemAccessToken(getDb(), secret);
  if (!token) throw new UnauthorizedError("The access token is unknown, revoked or expired");
  const now = Math.floor(Date.now() / 1000);
  const lifetime = exchangedJwtSeconds();
  const { token: jwt } = await getAuth().api.signJWT({
    body: {
      payload: { sub: token.userId, scope: token.scope, tid: token.id, iat: now, exp: now + lifetime },
    },
  });
  return {
    token: jwt,
    tokenType: "Bearer",
    expiresIn: lifetime,
    scope: token.scope,
    userId: token.userId,
  };
}
