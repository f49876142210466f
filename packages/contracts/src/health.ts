import { z } from "zod";

export const HealthStatusSchema = z.object({
  status: z.literal("ok"),
});
export type HealthStatus = z.infer<typeof HealthStatusSchema>;

/** Prometheus's text exposition format (version 0.0.4): the metrics endpoint's answer. */
export const MetricsTextSchema = z.string().describe("Metrics in Prometheus's text exposition format");
