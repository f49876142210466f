import { apiRoute } from "@/server/http/api-route";
import { checkMetricsAccess } from "@/server/metrics/metrics-access";
import { registerOperationsMetrics } from "@/server/metrics/register-operations-metrics";
import { metricsRegistry } from "@/server/metrics/registry";

export const dynamic = "force-dynamic";

/**
 * Metrics
 * @description This instance's metrics in Prometheus's text format, for a scraper holding `METRICS_TOKEN` (404 while it is unset).
 * @operationId getMetrics
 * @tag Health
 * @auth bearer
 * @responseContentType text/plain
 * @response MetricsTextSchema:The metrics
 * @add 401
 * @add 404
 * @openapi
 */
export const GET = apiRoute(async (request) => {
  checkMetricsAccess(request);
  registerOperationsMetrics();
  const registry = metricsRegistry();
  return new Response(await registry.metrics(), {
    headers: { "Content-Type": registry.contentType, "Cache-Control": "no-store" },
  });
});
