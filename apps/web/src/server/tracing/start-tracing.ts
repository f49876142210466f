import "server-only";
import { context, propagation, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, TracerProvider } from "@opentelemetry/sdk-trace";
import type { QueryObserver } from "@todo/db";
import { observeQueries } from "../db";
import { traceIdsInLogs } from "../log";
import { onShutdown } from "../shutdown/shutdown-registry";
import { pathScrubber } from "./path-scrubber";

const OPERATION = /^\s*\(?\s*([a-z]+)/i;

/** A span per statement, named by its operation, with its text (placeholders, never values). */
function querySpans(tracer: ReturnType<typeof trace.getTracer>): QueryObserver {
  return (text, run) => {
    const operation = OPERATION.exec(text)?.[1]?.toUpperCase() ?? "QUERY";
    return tracer.startActiveSpan(
      operation,
      {
        kind: SpanKind.CLIENT,
        attributes: { "db.system.name": "postgresql", "db.operation.name": operation, "db.query.text": text },
      },
      async (span) => {
        try {
          return await run();
        } catch (error) {
          span.recordException(error as Error);
          span.setStatus({ code: SpanStatusCode.ERROR });
          throw error;
        } finally {
          span.end();
        }
      },
    );
  };
}

/**
 * Sends traces over OTLP/HTTP (JSON) to OTEL_EXPORTER_OTLP_ENDPOINT (the exporter reads it, and the
 * other OTEL_EXPORTER_OTLP_* settings, itself): Next.js's own spans — one per request, named by its route
 * template — and, beneath them, one per database statement. Log lines written within a span carry its
 * `traceId`. Loaded only when the endpoint is set.
 */
export function startTracing(): void {
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ "service.name": process.env.OTEL_SERVICE_NAME || "todo-web" }),
    spanProcessors: [
      pathScrubber,
      new BatchSpanProcessor({ exporter: new OTLPTraceExporter(), scheduledDelayMillis: 1_000 }),
    ],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  observeQueries(querySpans(trace.getTracer("@todo/db")));
  traceIdsInLogs(() => trace.getActiveSpan()?.spanContext().traceId);
  onShutdown("database", "tracing", () => provider.shutdown());
}
