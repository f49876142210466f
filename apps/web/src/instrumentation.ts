/** Runs once as a server instance starts (Next.js's instrumentation hook). */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { printConsoleAsJson } = await import("./server/console-as-json");
    printConsoleAsJson();
    const [{ env }, { log }, { scheduleChangePruning }, { getReminderDispatcher }] = await Promise.all([
      import("./env"),
      import("./server/log"),
      import("./server/changes/prune-schedule"),
      import("./server/reminders/dispatcher"),
    ]);
    scheduleChangePruning();
    getReminderDispatcher();
    // Next.js's banner names every interface it listens on; this names the one to open.
    log("info", "listening", { url: env.BETTER_AUTH_URL, message: `Open ${env.BETTER_AUTH_URL} in a browser` });
  }
}
