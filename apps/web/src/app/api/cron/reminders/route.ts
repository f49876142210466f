import { env } from "@/env";
import { apiRoute } from "@/server/http/api-route";
import { presentsBearerSecret } from "@/server/http/bearer-secret";
import { HttpError, UnauthorizedError } from "@/server/http/errors";
import { methodNotAllowed } from "@/server/http/method-not-allowed";
import { getReminderDispatcher } from "@/server/reminders/dispatcher";

/** `Authorization: Bearer <CRON_SECRET>`; 404 when no secret is set (the route is off). */
function requireCronSecret(request: Request): void {
  if (!env.CRON_SECRET) throw new HttpError(404, "No such resource");
  if (!presentsBearerSecret(request, env.CRON_SECRET)) {
    throw new UnauthorizedError("This route needs Authorization: Bearer <CRON_SECRET>");
  }
}

const runPass = apiRoute(async (request) => {
  requireCronSecret(request);
  const { claimed, sent, retried, failed } = await getReminderDispatcher().runPass();
  return Response.json({ claimed, sent, retried, failed }, { headers: { "Cache-Control": "no-store" } });
});

/**
 * Run a reminder dispatch pass
 * @description Sends the reminders due now, as each instance's dispatcher does every few seconds: for hosts without long-lived processes (a cron job every minute). Needs `Authorization: Bearer <CRON_SECRET>`; 404 when the server has no CRON_SECRET. GET does the same, for crons that only GET (Vercel's).
 * @operationId runReminderPass
 * @tag Notifications
 * @response ReminderPassSchema:What the pass did
 * @responseHeader 200 X-Request-Id string This request's id, also in server logs
 * @add 401, 404, 500, 503
 * @auth bearer
 * @openapi
 */
export const POST = runPass;

/**
 * Run a reminder dispatch pass (GET)
 * @description As POST, for crons that only GET.
 * @operationId runReminderPassGet
 * @tag Notifications
 * @response ReminderPassSchema:What the pass did
 * @responseHeader 200 X-Request-Id string This request's id, also in server logs
 * @add 401, 404, 500, 503
 * @auth bearer
 * @openapi
 */
export const GET = runPass;

export const { PUT, PATCH, DELETE } = methodNotAllowed(["GET", "POST"]);
