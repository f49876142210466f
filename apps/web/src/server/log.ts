import { env } from "@/env";

type Level = "debug" | "info" | "warn" | "error";
const RANK: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const threshold = env.DEBUG ? RANK.debug : RANK.info;

const globalForLog = globalThis as typeof globalThis & { todoTraceId?: () => string | undefined };

/** Set by tracing when it starts: each line then carries the trace id of the request it was written in. */
export function traceIdsInLogs(traceId: () => string | undefined): void {
  globalForLog.todoTraceId = traceId;
}

/** Whether a line at `level` is written: a caller skips building its fields when not. */
export function logs(level: Level): boolean {
  return RANK[level] >= threshold;
}

/**
 * One JSON line per event on stdout (stderr for errors). Callers pass only what is safe to keep:
 * never tokens, passwords, cookies or request bodies.
 */
export function log(level: Level, event: string, fields: Record<string, unknown> = {}): void {
  if (RANK[level] < threshold) return;
  const traceId = globalForLog.todoTraceId?.();
  const line = `${JSON.stringify({ time: new Date().toISOString(), level, event, ...(traceId && { traceId }), ...fields })}\n`;
  // Straight to the streams: `console` itself is routed here (console-as-json.ts).
  if (level === "error") process.stderr.write(line);
  else process.stdout.write(line);
}

/**
 * Keeps the process alive and quiet when whatever reads its output goes away (the pipe closes: EPIPE). Left
 * unhandled, each failed write is an uncaught exception, which is logged, whose write fails again: a loop that
 * holds a CPU and keeps the process from ever exiting. The lines written after that are lost; nothing else is.
 */
export function survivePipeClosing(): void {
  for (const stream of [process.stdout, process.stderr]) {
    if (stream.listenerCount("error") === 0) stream.on("error", () => {});
  }
}
