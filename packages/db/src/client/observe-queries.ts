/** Wraps each statement a pool's connections run (e.g. in a trace span): the SQL text only, never its values. */
export type QueryObserver = <T>(text: string, run: () => Promise<T>) => Promise<T>;

interface QueryClient {
  // biome-ignore lint/suspicious/noExplicitAny: the drivers' overloaded query signatures, passed through as they are
  query: (...args: any[]) => any;
}

interface ConnectingPool {
  on(event: "connect", listener: (client: QueryClient) => void): unknown;
}

function textOf(query: unknown): string {
  if (typeof query === "string") return query;
  const text = (query as { text?: unknown } | null)?.text;
  return typeof text === "string" ? text : "";
}

/**
 * Makes every connection the pool opens run its statements through `observe`: the pool's own queries and a
 * transaction's alike, since both run on a connection. The callback and submittable forms pass through.
 */
export function observeQueries(pool: ConnectingPool, observe: QueryObserver): void {
  pool.on("connect", (client) => {
    const query = client.query.bind(client);
    client.query = (...args: unknown[]) => {
      const text = textOf(args[0]);
      if (text === "" || typeof args[args.length - 1] === "function") return query(...args);
      return observe(text, () => query(...args) as Promise<unknown>);
    };
  });
}
