import { apiRoute } from "@/server/http/api-route";
import { preflight } from "@/server/http/cors";
import { methodNotAllowed } from "@/server/http/method-not-allowed";
import { vapidKeys } from "@/server/push/vapid";

/**
 * Get the push public key
 * @description The server's VAPID public key (RFC 8292): the `applicationServerKey` a browser subscribes with (`pushManager.subscribe`) before posting its subscription to `…/push-subscriptions`. Public: no token needed.
 * @operationId getPushPublicKey
 * @tag Notifications
 * @response PushPublicKeySchema:The key
 * @responseHeader 200 X-Request-Id string This request's id, also in server logs
 * @add 500
 * @openapi
 */
export const GET = apiRoute(async () => {
  return Response.json({ publicKey: vapidKeys().publicKey }, { headers: { "Cache-Control": "public, max-age=300" } });
});

export const OPTIONS = preflight(["GET"]);
export const { POST, PUT, PATCH, DELETE } = methodNotAllowed(["GET"]);
