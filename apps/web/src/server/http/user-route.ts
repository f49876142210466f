import "server-only";
import { authenticate } from "../auth/bearer";
import { consumeApiRequest } from "../rate-limit/api-request-limit";
import { apiRoute, type RouteHandler } from "./api-route";
import { ForbiddenError } from "./errors";

type UserHandler<P> = (request: Request, context: { owner: string; params: P }) => Promise<Response>;

/**
 * A route under `/api/{userId}`: the API pipeline, then its steps in this order — the bearer
 * token (401), the user's request limit (429), the URL naming the token's user (403) — before the
 * handler, which gets the owner. A request refused at a step reaches nothing after it.
 */
export function userRoute<P extends { userId: string }>(handler: UserHandler<P>): RouteHandler<P> {
  return apiRoute<P>(async (request, context) => {
    const owner = await authenticate(request);
    consumeApiRequest(owner);
    const params = await context.params;
    // A UUID is the same whatever the case of its hex digits (RFC 9562 § 4): the token's is lowercase.
    if (params.userId.toLowerCase() !== owner) throw new ForbiddenError();
    return handler(request, { owner, params });
  });
}
