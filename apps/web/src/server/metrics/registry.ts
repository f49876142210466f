import "server-only";
import { collectDefaultMetrics, type Metric, Registry } from "prom-client";

const globalForMetrics = globalThis as typeof globalThis & { todoMetrics?: Registry };

/**
 * The process's one registry, with Node's default process metrics. Kept on globalThis: Next.js may load a
 * module once per bundle (route handlers, instrumentation), and two registries would each count half.
 */
export function metricsRegistry(): Registry {
  if (!globalForMetrics.todoMetrics) {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });
    globalForMetrics.todoMetrics = registry;
  }
  return globalForMetrics.todoMetrics;
}

/** The metric registered under `name`, created by `create` (given the registry) the first time it is asked for. */
export function metric<M extends Metric>(name: string, create: (registry: Registry) => M): M {
  const registry = metricsRegistry();
  return (registry.getSingleMetric(name) as M | undefined) ?? create(registry);
}
