import { setTimeout as sleep } from "node:timers/promises";
import { listenUrlFor } from "./listen/listen-url";
import type { DatabaseOptions } from "./types";

/** The advisory lock every migrator of this schema takes (any number, the same in every process). */
const MIGRATION_LOCK_KEY = 4_127_023_911;
const POLL_MS = 250;
/** How long to wait for another migrator before giving up (a migration holding it longer is stuck). */
const WAIT_LIMIT_MS = 10 * 60_000;

interface LockableClient {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  release(destroy?: boolean): void;
}

async function takeLock(client: LockableClient): Promise<void> {
  for (const giveUpAt = Date.now() + WAIT_LIMIT_MS; ; await sleep(POLL_MS)) {
    const { rows } = await client.query("select pg_try_advisory_lock($1) as locked", [MIGRATION_LOCK_KEY]);
    if ((rows[0] as { locked: boolean }).locked) return;
    if (Date.now() > giveUpAt) {
      throw new Error(`Another migration has held the migration lock for ${WAIT_LIMIT_MS / 60_000} minutes`);
    }
  }
}

/**
 * Whether connections to `url` hold a session, and so a session's lock: not through a pooler in transaction mode
 * (a Neon `-pooler` host, or one the options say cannot LISTEN), where the lock would stay on a server connection
 * the pooler keeps after this one ends. README's deploy steps migrate through the direct URL.
 */
export function holdsSessions(url: string, { listen }: DatabaseOptions): boolean {
  return listenUrlFor(url, { listen }) === url;
}

/**
 * Runs `run` on a connection of its own (from `connect`) that holds the database's migration lock, so that
 * migrators started together (two instances' deploy steps, a rollback during a migration) run one after the other
 * instead of failing on each other's half-made tables. The lock is taken by polling, so that no statement waits past the
 * pool's statement time-out; the connection is closed afterwards, which releases the lock however `run` ended.
 * With `locking: false` (a URL that holds no session) `run` gets its connection without the lock.
 */
export async function withMigrationLock<C extends LockableClient, T>(
  connect: () => Promise<C>,
  run: (client: C) => Promise<T>,
  { locking = true }: { locking?: boolean } = {},
): Promise<T> {
  const client = await connect();
  try {
    if (locking) await takeLock(client);
    return await run(client);
  } finally {
    client.release(true);
  }
}
