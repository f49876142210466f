import { grantCors } from "@/server/http/cors";

/**
 * Liveness
 * @description Answers while the process is up; touches nothing else.
 * @operationId getLiveness
 * @tag Health
 * @response HealthStatusSchema:The process is up
 * @openapi
 */
export function GET(request: Request) {
  // Outside the request pipeline: probes, by a load balancer's clock, are left out of the HTTP metrics.
  const response = Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  grantCors(request, response.headers);
  return response;
}
