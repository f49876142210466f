import { Client, neonConfig, Pool, type PoolClient } from "@neondatabase/serverless";
import { drizzle } from "drizzle-orm/neon-serverless";
import { migrate } from "drizzle-orm/neon-serverless/migrator";
import ws from "ws";
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

export function openNeon(url: string, options: DatabaseOptions): DatabaseHandle {
  // Node 20 has no global WebSocket.
  neonConfig.webSocketConstructor = ws;
  const proxy = options.neonWebSocketProxy;
  if (proxy) {
    // A plain ws:// proxy to an ordinary PostgreSQL, which speaks no TLS of its own.
    neonConfig.wsProxy = () => proxy;
    neonConfig.useSecureWebSocket = false;
    neonConfig.pipelineTLS = false;
    neonConfig.pipelineConnect = false;
  }
  const pool = retryReadsOnLostConnections(new Pool(poolConfig(url, options)));
  keepConnectionErrorsCaught(pool);
  if (options.observeQuery) observeQueries(pool, options.observeQuery);
  const db = drizzle({ client: pool, schema, casing: "snake_case" });
  const listenUrl = listenUrlFor(url, options);
  const lockedConnection = <T>(run: (client: PoolClient) => Promise<T>) =>
    withMigrationLock(() => pool.connect(), run, { locking: holdsSessions(url, options) });
  // Neon's Client over a WebSocket, on the direct endpoint: its pooler cannot LISTEN.
  const listen: Listen = (channel, handlers) =>
    listenUrl === null
      ? null
      : reconnectingListener(() => new Client(listenerConfig(listenUrl, options)), channel, handlers);
  return {
    driver: "neon",
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
