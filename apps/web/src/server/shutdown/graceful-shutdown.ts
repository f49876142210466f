import "server-only";
import http from "node:http";
import net from "node:net";
import { errorForLog } from "../error-for-log";
import { log } from "../log";
import { runShutdownPhase } from "./shutdown-registry";
import { SHUTDOWN_TIMELINE } from "./shutdown-timeline";

/**
 * How long a kept-alive connection may stay idle during the drain before it is closed. A client in the middle of
 * a run of requests sends its next one within this, and is answered (with `Connection: close`); closing an idle
 * connection at once would cut requests already on their way to it.
 */
const IDLE_GRACE_MS = 500;

/** The HTTP servers this process listens with: Next.js's own, which it does not hand to the app. */
function httpServers(): http.Server[] {
  const handles = (process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles();
  return handles.filter((handle): handle is http.Server => handle instanceof http.Server);
}

/**
 * Takes over SIGTERM and SIGINT from Next.js (which it leaves to the app under NEXT_MANUAL_SIG_HANDLE) and
 * stops the instance gracefully: no new connections; the loops start no new work (what they hold finishes
 * meanwhile); the responses not yet begun and those that begin from now on close their connection once sent;
 * the event streams end with a retry hint; the requests in flight get up to 10 s to finish, and once none has
 * come for half a second the idle connections close; then the background loops and the pools stop, and the
 * process exits 0. Each step ends by its time on SHUTDOWN_TIMELINE, done or not: the exit comes within 15 s.
 */
export function handleShutdownSignals(): void {
  const servers = httpServers();
  const inFlight = new Set<http.ServerResponse>();
  let stopping = false;
  let lastRequestAt = 0;
  for (const server of servers) {
    server.on("request", (_request: http.IncomingMessage, response: http.ServerResponse) => {
      lastRequestAt = performance.now();
      if (stopping) response.shouldKeepAlive = false;
      inFlight.add(response);
      response.once("close", () => inFlight.delete(response));
    });
  }

  async function stop(signal: string) {
    if (stopping) return;
    stopping = true;
    const started = performance.now();
    log("info", "shutdown_started", { signal, inFlight: inFlight.size });
    for (const response of inFlight) if (!response.headersSent) response.shouldKeepAlive = false;
    // Stop accepting connections, but not as http.Server#close does, which also closes the idle kept-alive ones
    // at once: a request may be on its way on one. Each is answered, with `Connection: close`, or times out below.
    for (const server of servers) net.Server.prototype.close.call(server);
    const onError = (task: string, error: unknown) =>
      log("warn", "shutdown_task_failed", { task, error: errorForLog(error) });
    // Awaited, with what it waits for, once the requests are done; bounded by the background phase's time.
    const signalled = runShutdownPhase("signal", onError);
    // Each phase ends by its time after the signal: one that overruns (a database that stopped answering) is
    // left behind, said in the log, and the next one begins.
    const by = async (phase: keyof typeof SHUTDOWN_TIMELINE, work: Promise<unknown>) => {
      const left = started + SHUTDOWN_TIMELINE[phase] - performance.now();
      const done = await Promise.race([
        work.then(() => true),
        new Promise<false>((resolve) => setTimeout(() => resolve(false), Math.max(0, left))),
      ]);
      if (!done) log("warn", "shutdown_phase_overran", { phase, dueMs: SHUTDOWN_TIMELINE[phase] });
    };
    await by("streams", runShutdownPhase("streams", onError));
    const deadline = started + SHUTDOWN_TIMELINE.drain;
    while (
      (inFlight.size > 0 || performance.now() - Math.max(lastRequestAt, started) < IDLE_GRACE_MS) &&
      performance.now() < deadline
    ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const cut = inFlight.size;
    for (const server of servers) server.closeAllConnections();
    await by("background", Promise.all([signalled, runShutdownPhase("background", onError)]));
    await by("database", runShutdownPhase("database", onError));
    log(cut > 0 ? "warn" : "info", "shutdown_finished", { ms: Math.round(performance.now() - started), cut });
    process.exit(0);
  }
  process.once("SIGTERM", () => void stop("SIGTERM"));
  process.once("SIGINT", () => void stop("SIGINT"));
}
