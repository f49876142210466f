import { PushEndpointSchema } from "@todo/contracts";
import { preflight } from "@/server/http/cors";
import { methodNotAllowed } from "@/server/http/method-not-allowed";
import { parseBody } from "@/server/http/parse";
import { userRoute } from "@/server/http/user-route";
import { sendTestPush } from "@/server/push/send-test-push";

type Params = { userId: string };

/**
 * Send a test notification
 * @description Sends a test message to the user's subscription at `endpoint` now. 204 when its push service took it; 404 when the user has no subscription there, or its push service says it is gone (404/410, and it is deleted); 502 when the push service refused it or did not answer.
 * @operationId testPushSubscription
 * @tag Notifications
 * @pathParams UserPathParamsSchema
 * @body PushEndpointSchema
 * @response 204:Taken by the push service
 * @responseHeader 204 X-Request-Id string This request's id, also in server logs
 * @add 400, 401, 403, 404, 413, 415, 422, 429, 500, 502, 503
 * @auth bearer
 * @openapi-override {"requestBody": {"required": true}}
 * @openapi
 */
export const POST = userRoute<Params>(async (request, { owner }) => {
  const { endpoint } = await parseBody(request, PushEndpointSchema);
  await sendTestPush(owner, endpoint);
  return new Response(null, { status: 204 });
});

export const OPTIONS = preflight(["POST"]);
export const { GET, PUT, PATCH, DELETE } = methodNotAllowed(["POST"]);
