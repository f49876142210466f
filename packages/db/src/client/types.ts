import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type * as schema from "../schema";
import type { Listen } from "./listen/types";
import type { QueryObserver } from "./observe-queries";

/** The one database type the rest of the code sees, whichever driver is behind it. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type Driver = "pglite" | "neon" | "node-postgres";

export interface DatabaseHandle {
  driver: Driver;
  db: Database;
  /** LISTENs for notifications on a connection of its own (in-process on the embedded database); null when it cannot. */
  listen: Listen;
  /** The connection pool's counts, read when asked (null on the embedded database: one connection, no pool). */
  pool: PoolCounts | null;
  /** Applies the pending migrations found in `migrationsFolder`, holding the migration lock (see below). */
  migrate(migrationsFolder: string): Promise<void>;
  /**
   * Runs `run` on a connection of its own holding the database's migration lock (`migration-lock.ts`), so that no
   * other migrator runs meanwhile; on the embedded database, its one connection.
   */
  lockedForMigrations<T>(run: (db: Database) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** What node-postgres' Pool and Neon's (built on it) say of their connections. */
export interface PoolCounts {
  readonly totalCount: number;
  readonly idleCount: number;
  /** Queries waiting for a connection. */
  readonly waitingCount: number;
  readonly options: { max?: number | undefined };
}

export interface DatabaseOptions {
  /** Connection string; when absent the embedded PGlite database under `dataDir` is used. */
  url?: string | undefined;
  /** Where PGlite keeps its files (only without `url`). */
  dataDir?: string | undefined;
  /** Largest number of pooled connections (node-postgres and Neon). */
  poolMax?: number | undefined;
  /** How long to wait for a connection before failing (node-postgres and Neon). */
  connectTimeoutMs?: number | undefined;
  /** Longest a statement may run before it is cancelled, so no request hangs (node-postgres and Neon). */
  statementTimeoutMs?: number | undefined;
  /**
   * A direct (unpooled) URL to LISTEN on, when `url` is a pooler's that cannot (Neon's `-pooler` host).
   * Without one, a Neon pooler URL cannot LISTEN and `listen` answers null.
   */
  listenUrl?: string | undefined;
  /** False: never LISTEN (`listen` answers null), for a pooler `listenUrlFor` cannot recognise. */
  listen?: boolean | undefined;
  /** Runs around every statement of the pooled drivers (tracing); absent, statements run as they are. */
  observeQuery?: QueryObserver | undefined;
  /** Neon's WebSocket endpoint, for a local proxy (tests); Neon's own by default. */
  neonWebSocketProxy?: string | undefined;
}
