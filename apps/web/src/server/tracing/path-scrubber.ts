import "server-only";
import type { Context } from "@opentelemetry/api";
import type { ReadableSpan, Span, SpanProcessor } from "@opentelemetry/sdk-trace";

/**
 * Next.js puts the raw path, which names the user (and the query, which may hold search words), in each
 * request span's `http.target`: replaced, before the span is exported, by its route template.
 */
export const pathScrubber: SpanProcessor = {
  onStart(_span: Span, _context: Context) {},
  onEnding(span: Span) {
    if (span.attributes["http.target"] === undefined) return;
    span.setAttribute("http.target", String(span.attributes["next.route"] ?? span.attributes["http.route"] ?? ""));
  },
  onEnd(_span: ReadableSpan) {},
  forceFlush: () => Promise.resolve(),
  shutdown: () => Promise.resolve(),
};
