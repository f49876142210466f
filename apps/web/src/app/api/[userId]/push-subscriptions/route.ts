import { PushEndpointSchema, PushSubscriptionInputSchema } from "@todo/contracts";
import { deletePushSubscription, listPushSubscriptions, savePushSubscription } from "@todo/db";
import { getDb } from "@/server/db";
import { preflight } from "@/server/http/cors";
import { HttpError } from "@/server/http/errors";
import { methodNotAllowed } from "@/server/http/method-not-allowed";
import { parseBody } from "@/server/http/parse";
import { userRoute } from "@/server/http/user-route";
import { requireAllowedEndpoint } from "@/server/push/allowed-endpoint";
import { requireUsableKeys } from "@/server/push/subscription-keys";
import { toPushSubscription } from "@/server/push/subscription-response";

type Params = { userId: string };

/**
 * List push subscriptions
 * @description The user's Web Push subscriptions, one per device, oldest first: each endpoint and when it was added (never its keys).
 * @operationId listPushSubscriptions
 * @tag Notifications
 * @pathParams UserPathParamsSchema
 * @response PushSubscriptionListSchema:The subscriptions
 * @responseHeader 200 X-Request-Id string This request's id, also in server logs
 * @add 401, 403, 429, 500, 503
 * @auth bearer
 * @openapi
 */
export const GET = userRoute<Params>(async (_request, { owner }) => {
  const rows = await listPushSubscriptions(getDb(), owner);
  return Response.json(rows.map(toPushSubscription), { headers: { "Cache-Control": "no-store" } });
});

/**
 * Add a push subscription
 * @description Posts the browser's `PushSubscription.toJSON()` (made with the key from `GET /api/push/public-key`): the device then gets the user's reminders. Its keys must be what RFC 8291 encrypts to (`p256dh` an uncompressed P-256 point, `auth` 16 bytes), 422 otherwise. The endpoint must be `https:` on a known push service's host (`PUSH_ENDPOINT_HOSTS`; by default Chrome's, Firefox's, Safari's and Edge's), 422 otherwise. An endpoint already known (the device subscribed again, or another user signed in on it) becomes this user's, with these keys.
 * @operationId addPushSubscription
 * @tag Notifications
 * @pathParams UserPathParamsSchema
 * @body PushSubscriptionInputSchema
 * @response 201:PushSubscriptionSchema:The subscription as saved
 * @responseHeader 201 X-Request-Id string This request's id, also in server logs
 * @add 400, 401, 403, 413, 415, 422, 429, 500, 503
 * @auth bearer
 * @openapi-override {"requestBody": {"required": true}}
 * @openapi
 */
export const POST = userRoute<Params>(async (request, { owner }) => {
  const input = await parseBody(request, PushSubscriptionInputSchema);
  requireAllowedEndpoint(input.endpoint);
  requireUsableKeys(input.keys);
  const row = await savePushSubscription(getDb(), owner, { endpoint: input.endpoint, ...input.keys });
  return Response.json(toPushSubscription(row), { status: 201 });
});

/**
 * Remove a push subscription
 * @description Drops the user's subscription at `endpoint` (the device stops getting reminders); 404 when the user has none there.
 * @operationId removePushSubscription
 * @tag Notifications
 * @pathParams UserPathParamsSchema
 * @body PushEndpointSchema
 * @response 204:Removed
 * @responseHeader 204 X-Request-Id string This request's id, also in server logs
 * @add 400, 401, 403, 404, 413, 415, 422, 429, 500, 503
 * @auth bearer
 * @openapi-override {"requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PushEndpointSchema"}}}}}
 * @openapi
 */
export const DELETE = userRoute<Params>(async (request, { owner }) => {
  const { endpoint } = await parseBody(request, PushEndpointSchema);
  if (!(await deletePushSubscription(getDb(), owner, endpoint))) throw new HttpError(404, "No such push subscription");
  return new Response(null, { status: 204 });
});

export const OPTIONS = preflight(["GET", "POST", "DELETE"]);
export const { PUT, PATCH } = methodNotAllowed(["GET", "POST", "DELETE"]);
