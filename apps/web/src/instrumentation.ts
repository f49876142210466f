/** Runs once as a server instance starts (Next.js's instrumentation hook). */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const [{ printConsoleAsJson }, { survivePipeClosing }] = await Promise.all([
      import("./server/console-as-json"),
      import("./server/log"),
    ]);
    survivePipeClosing();
    printConsoleAsJson();
    const [
      { env },
      { log },
      { scheduleChangePruning },
      { getReminderDispatcher },
      { handleShutdownSignals },
      { runShutdownPhase },
    ] = await Promise.all([
      import("./env"),
      import("./server/log"),
      import("./server/changes/prune-schedule"),
      import("./server/reminders/dispatcher"),
      import("./server/shutdown/graceful-shutdown"),
      import("./server/shutdown/shutdown-registry"),
    ]);
    if (env.OTEL_EXPORTER_OTLP_ENDPOINT) {
      // Loaded only when traces go somewhere: without an endpoint no tracing code runs at all.
      const { startTracing } = await import("./server/tracing/start-tracing");
      startTracing();
    }
    scheduleChangePruning();
    getReminderDispatcher();
    // `npm start` sets NEXT_MANUAL_SIG_HANDLE: the app drains and exits 0 itself. Otherwise (next dev) Next.js
    // closes the server on SIGTERM, which the open streams would hold up: end them.
    if (process.env.NEXT_MANUAL_SIG_HANDLE) handleShutdownSignals();
    else process.once("SIGTERM", () => void runShutdownPhase("streams", () => {}));
    // Next.js's banner names every interface it listens on; this names the one to open.
    log("info", "listening", { url: env.BETTER_AUTH_URL, message: `Open ${env.BETTER_AUTH_URL} in a browser` });
  }
}
