/** What node-postgres' Pool and Neon's (built on it) share for shutting down. */
export interface EndablePool {
  readonly totalCount: number;
  end(): Promise<void>;
  on(event: "remove", listener: () => void): unknown;
}

/** A connection whose attempt fails while the pool ends leaves without a "remove": wait no longer than this. */
const CLOSE_WAIT_MS = 5_000;

/**
 * Ends the pool and resolves once every one of its connections has closed. `pool.end()` alone
 * resolves as soon as each close has begun, while the server may still hold the sessions: anything
 * that then ends them (a database dropped or restarted) would meet clients still listening.
 */
export async function endPool(pool: EndablePool): Promise<void> {
  let open = pool.totalCount;
  let timer: NodeJS.Timeout | undefined;
  const closed = new Promise<void>((resolve) => {
    if (open === 0) resolve();
    pool.on("remove", () => {
      if (--open <= 0) resolve();
    });
    timer = setTimeout(resolve, CLOSE_WAIT_MS).unref();
  });
  await pool.end();
  await closed;
  clearTimeout(timer);
}
