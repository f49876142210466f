/**
 * Liveness
 * @description Answers while the process is up; touches nothing else.
 * @response HealthStatus
 * @openapi
 */
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
