/** Runs once as a server instance starts (Next.js's instrumentation hook). */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { printConsoleAsJson } = await import("./server/console-as-json");
    printConsoleAsJson();
  }
}
