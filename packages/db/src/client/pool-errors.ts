interface EventPool {
  // biome-ignore lint/suspicious/noExplicitAny: node-postgres' and Neon's pools, whose event signatures differ only in their client types
  on(event: "error" | "connect", listener: (...args: any[]) => void): unknown;
}

/**
 * Keeps a connection's error from becoming an uncaught exception. An idle connection's reaches the pool's "error"
 * event; one checked out (a transaction's, when the server terminates its session or the socket breaks) reaches
 * only the client's own, which nothing listens to while it is out (the pool removes its idle listener then), so the
 * client's `emit("error")` would throw past every caller. Either way the statement on it fails with the error, the
 * caller answers for it, and the pool drops the connection: nothing is left to do here.
 */
export function keepConnectionErrorsCaught(pool: EventPool): void {
  pool.on("error", () => {});
  pool.on("connect", (client: { on(event: "error", listener: () => void): unknown }) => client.on("error", () => {}));
}
