import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import * as schema from "../schema";
import { endPool } from "./end-pool";
import { listenUrlFor } from "./listen/listen-url";
import { reconnectingListener } from "./listen/reconnecting-listener";
import type { Listen } from "./listen/types";
import { holdsSessions, withMigrationLock } from "./migration-lock";
import { observeQueries } from "./observe-queries";
import { listenerConfig, poolConfig } from "./pool-config";
import { keepConnectionErrorsCaught } from "./pool-errors";
import { retryReadsOnLostConnections } from "./retry-reads";
import type { Database, DatabaseHandle, DatabaseOptions } from "./types";

export function openNodePostgres(url: string, options: DatabaseOptions): DatabaseHandle {
  const pool = retryReadsOnLostConnections(new pg.Pool(poolConfig(url, options)));
  keepConnectionErrorsCaught(pool);
  if (options.observeQuery) observeQueries(pool, options.observeQuery);
  const db = drizzle({ client: pool, schema, casing: "snake_case" });
  const listenUrl = listenUrlFor(url, options);
  const lockedConnection = <T>(run: (client: pg.PoolClient) => Promise<T>) =>
    withMigrationLock(() => pool.connect(), run, { locking: holdsSessions(url, options) });
  const listen: Listen = (channel, handlers) =>
    listenUrl === null
      ? null
      : reconnectingListener(() => new pg.Client(listenerConfig(listenUrl, options)), channel, handlers);
  return {
    driver: "node-postgres",
    db: db as unknown as Database,
    listen,
    pool,
    migrate: (migrationsFolder) =>
      lockedConnection((client) => migrate(drizzle({ client, casing: "snake_case" }), { migrationsFolder })),
    lockedForMigrations: (run) =>
      lockedConnection((client) => run(drizzle({ client, schema, casing: "snake_case" }) as unknown as Database)),
    close: () => endPool(pool),
  };
}
