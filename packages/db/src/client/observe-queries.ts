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
 * transaction's alike, since both run on a connection (the pool's in the callback form).
 */
export function observeQueries(pool: ConnectingPool, observe: QueryObserver): void {
  pool.on("connect", (client) => {
    const query = client.query.bind(client);
    client.query = (...args: unknown[]) => {
      const text = textOf(args[0]);
      if (text === "") return query(...args);
      const callback = args.at(-1);
      if (typeof callback !== "function") return observe(text, () => query(...args) as Promise<unknown>);
      // The pool's own `query` calls its connection in this form.
      let returned: unknown;
      void observe(
        text,
        () =>
          new Promise((resolve, reject) => {
            returned = query(...args.slice(0, -1), (error: unknown, result: unknown) =>
              error ? reject(error) : resolve(result),
            );
          }),
      ).then(
        (result) => callback(null, result),
        (error: unknown) => callback(error),
      );
      return returned;
    };
  });
}
