import "server-only";
import type { TokenScope } from "@todo/api/auth";
import { authenticate } from "../auth/bearer";
import { isAccountGone } from "../auth/gone-accounts";
import { isCredentialRevoked } from "../auth/revoked-credentials";
import { consumeApiRequest } from "../rate-limit/api-request-limit";
import { apiRoute, type RouteHandler } from "./api-route";
import { AccountGoneError, CredentialRevokedError, ForbiddenError } from "./errors";

interface UserContext<P> {
  owner: string;
  params: P;
  scope: TokenScope;
  /** When the bearer token lapses (ms since the epoch): a live stream ends then. */
  tokenExpiresAt?: number;
  /** The session or access token the token was issued for: a live stream ends when it does. */
  credentialId?: string;
}

type UserHandler<P> = (request: Request, context: UserContext<P>) => Promise<Response>;

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A route under `/api/{userId}`: the API pipeline, then its steps in this order — the bearer
 * token (401; also when its account is known to be deleted, `gone-accounts.ts`, or its session or access token
 * ended, `revoked-credentials.ts`), the user's request limit (429), the URL naming the token's user (403), a write with a
 * read-only access token (403) — before the handler, which gets the owner and the token's scope and expiry. A
 * request refused at a step reaches nothing after it.
 */
export function userRoute<P extends { userId: string }>(handler: UserHandler<P>): RouteHandler<P> {
  return apiRoute<P>(async (request, context) => {
    const { subject: owner, scope, expiresAt: tokenExpiresAt, credentialId } = await authenticate(request);
    if (isAccountGone(owner)) throw new AccountGoneError();
    if (credentialId && (await isCredentialRevoked(credentialId))) throw new CredentialRevokedError(scope);
    consumeApiRequest(owner);
    const params = await context.params;
    // A UUID is the same whatever the case of its hex digits (RFC 9562 § 4): the token's is lowercase.
    if (params.userId.toLowerCase() !== owner) throw new ForbiddenError();
    if (scope === "read" && !READS.has(request.method)) {
      throw new ForbiddenError("This access token may only read: its scope is read");
    }
    return handler(request, { owner, params, scope, tokenExpiresAt, credentialId });
  });
}
