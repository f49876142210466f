import "server-only";
import { Counter, Histogram } from "prom-client";
import { metric } from "./registry";

const LABELS = ["route", "method", "status"] as const;
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

const requests = () =>
  metric(
    "http_requests_total",
    (registry) =>
      new Counter({
        name: "http_requests_total",
        help: "Requests answered, by route template",
        labelNames: LABELS,
        registers: [registry],
      }),
  );
const durations = () =>
  metric(
    "http_request_duration_seconds",
    (registry) =>
      new Histogram({
        name: "http_request_duration_seconds",
        help: "Time to answer a request (to its headers, for a stream), by route template",
        labelNames: LABELS,
        buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
        registers: [registry],
      }),
  );

interface Children {
  count: { inc(): void };
  time: { observe(seconds: number): void };
}
const globalForChildren = globalThis as typeof globalThis & { todoHttpMetricChildren?: Map<string, Children> };

/**
 * Counts one answered request and its time. The labelled children are kept per route, method and status, so
 * that a request costs a map lookup rather than prom-client's label hashing.
 */
export function recordRequest(route: string, method: string, status: number, seconds: number): void {
  const methodLabel = METHODS.has(method) ? method : "other";
  const key = `${route} ${methodLabel} ${status}`;
  globalForChildren.todoHttpMetricChildren ??= new Map();
  let children = globalForChildren.todoHttpMetricChildren.get(key);
  if (!children) {
    const values = [route, methodLabel, String(status)];
    children = { count: requests().labels(...values), time: durations().labels(...values) };
    globalForChildren.todoHttpMetricChildren.set(key, children);
  }
  children.count.inc();
  children.time.observe(seconds);
}
