import { isConnectionLost } from "./database-faults";

// A statement that only reads: nothing it did can have stuck, whatever became of its connection.
const READ_ONLY = /^[\s(]*(select|show|values)\b/i;

// node-postgres' own default, for a pool made without `max`.
const DEFAULT_POOL_MAX = 10;

interface QueryPool {
  // biome-ignore lint/suspicious/noExplicitAny: the drivers' overloaded query signatures, passed through as they are
  query: (...args: any[]) => any;
  readonly options: { max?: number | undefined };
}

function textOf(query: unknown): string {
  if (typeof query === "string") return query;
  const text = (query as { text?: unknown } | null)?.text;
  return typeof text === "string" ? text : "";
}

/**
 * Makes a pool run a read again, on another connection, when the connection it got died under it: a session the
 * server terminated or a socket that broke while the pool still held it (the pool drops that connection). When the
 * server ended every session at once (a failover, a restart, an administrator), each idle connection the pool holds
 * may be dead before the pool has heard of it, so a read tries as many times as the pool has connections and one
 * more: the last try gets a new one. Writes are never retried: whether a write on a lost connection took effect is
 * unknown, and the caller decides. Only statements sent through the pool itself go through here; a transaction's run
 * on one client.
 */
export function retryReadsOnLostConnections<P extends QueryPool>(pool: P): P {
  const query = pool.query.bind(pool);
  const tries = (pool.options.max ?? DEFAULT_POOL_MAX) + 1;
  pool.query = (...args: unknown[]) => {
    // The callback form is Neon's and pg's own business; Drizzle uses the promise form.
    if (typeof args[args.length - 1] === "function" || !READ_ONLY.test(textOf(args[0]))) return query(...args);
    const attempt = (left: number): Promise<unknown> =>
      (query(...args) as Promise<unknown>).catch((error: unknown) => {
        if (left <= 1 || !isConnectionLost(error)) throw error;
        return attempt(left - 1);
      });
    return attempt(tries);
  };
  return pool;
}
