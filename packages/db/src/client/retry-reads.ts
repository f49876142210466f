import { isConnectionLost } from "./database-faults";

// A statement that only reads: nothing it did can have stuck, whatever became of its connection.
const READ_ONLY = /^[\s(]*(select|show|values)\b/i;

interface QueryPool {
  // biome-ignore lint/suspicious/noExplicitAny: the drivers' overloaded query signatures, passed through as they are
  query: (...args: any[]) => any;
}

function textOf(query: unknown): string {
  if (typeof query === "string") return query;
  const text = (query as { text?: unknown } | null)?.text;
  return typeof text === "string" ? text : "";
}

/**
 * Makes a pool run a read once more, on another connection, when the connection it got died under
 * it: a session the server terminated or a socket that broke while the pool still held it (the
 * pool drops that connection, so the second try gets a live or a new one). Writes are never
 * retried: whether a write on a lost connection took effect is unknown, and the caller decides.
 * Only statements sent through the pool itself go through here; a transaction's run on one client.
 */
export function retryReadsOnce<P extends QueryPool>(pool: P): P {
  const query = pool.query.bind(pool);
  pool.query = (...args: unknown[]) => {
    // The callback form is Neon's and pg's own business; Drizzle uses the promise form.
    if (typeof args[args.length - 1] === "function" || !READ_ONLY.test(textOf(args[0]))) return query(...args);
    return (query(...args) as Promise<unknown>).catch((error: unknown) => {
      if (!isConnectionLost(error)) throw error;
      return query(...args);
    });
  };
  return pool;
}
