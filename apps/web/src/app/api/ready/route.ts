import { databaseAnswers } from "@/server/db";
import { grantCors } from "@/server/http/cors";
import { databaseUnavailableResponse } from "@/server/http/database-unavailable";

export const dynamic = "force-dynamic";

/**
 * Readiness
 * @description Answers 200 when the database answers, 503 otherwise.
 * @operationId getReadiness
 * @tag Health
 * @response HealthStatusSchema:The app and its database are up
 * @add 503
 * @openapi
 */
export async function GET(request: Request) {
  // Outside the request pipeline: probes, by a load balancer's clock, are left out of the HTTP metrics.
  const response = (await databaseAnswers())
    ? Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } })
    : databaseUnavailableResponse();
  grantCors(request, response.headers);
  return response;
}
