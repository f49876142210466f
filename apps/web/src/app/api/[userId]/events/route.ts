import { EventsQuerySchema } from "@todo/contracts";
import { isCredentialRevoked } from "@/server/auth/revoked-credentials";
import { lastEventId } from "@/server/changes/last-event-id";
import { openChangeStream } from "@/server/changes/open-change-stream";
import { preflight } from "@/server/http/cors";
import { methodNotAllowed } from "@/server/http/method-not-allowed";
import { parseQuery } from "@/server/http/parse";
import { userRoute } from "@/server/http/user-route";

type Params = { userId: string };

/**
 * Stream changes
 * @description The user's changes, live, as Server-Sent Events (`curl -N`, or `fetch` reading the body; EventSource cannot send the bearer token). The stream starts with `retry: 3000`; then each change after `Last-Event-ID` (sent by a reconnecting client) or else `since` (default `now`, which first sends `id: <seq>` alone: where it starts) is replayed, and each new change follows within a second of its commit, on whichever instance it was made. A change is `id: <seq>`, `event: <type>`, `data: <the change as JSON, as GET …/changes answers it>`; an `id:` line alone moves the position past changes left out. A `: keep-alive` comment comes every 25 s. At most 10 streams per user are open at once (429); the request counts once against the request limit however long the stream lasts. When the server stops, the stream ends with a `retry:` hint: reconnect with `Last-Event-ID`. The stream also ends when the bearer token that opened it expires (`retry: 0`): reconnect at once with a new token and `Last-Event-ID`, and it ends the same way at the first keep-alive after the session a browser's token was issued for is signed out, or the access token a program's was exchanged for is revoked. 410 as for `GET …/changes`.
 * @operationId streamChanges
 * @tag Changes
 * @pathParams UserPathParamsSchema
 * @params EventsQuerySchema
 * @response EventStreamSchema:Server-Sent Events, until the client or the server closes the stream
 * @responseContentType text/event-stream
 * @responseHeader 200 Cache-Control string `no-store, no-transform`
 * @responseHeader 200 X-Request-Id string This request's id, also in server logs
 * @add 400, 401, 403, 410, 429, 500, 503
 * @auth bearer
 * @openapi
 */
export const GET = userRoute<Params>(async (request, { owner, tokenExpiresAt, credentialId }) => {
  const { since = "now" } = parseQuery(request, EventsQuerySchema);
  return openChangeStream(request, owner, lastEventId(request) ?? since, {
    endsAt: tokenExpiresAt,
    revoked: credentialId ? () => isCredentialRevoked(credentialId) : undefined,
  });
});

export const OPTIONS = preflight(["GET"]);
export const { POST, PUT, PATCH, DELETE } = methodNotAllowed(["GET"]);
