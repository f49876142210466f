import "server-only";
import { Gauge } from "prom-client";
import { openedDatabase } from "../db";
import { metric } from "./registry";

/**
 * The pool's connections by state, and the queries waiting for one, read at each scrape (never opening the
 * database for it). The embedded database has one connection and no pool: it reports its one connection.
 */
export function registerDatabaseMetrics(): void {
  metric(
    "db_pool_connections",
    (registry) =>
      new Gauge({
        name: "db_pool_connections",
        help: "Database connections of this instance's pool, by state (in_use, idle, max)",
        labelNames: ["state"],
        registers: [registry],
        collect() {
          const handle = openedDatabase();
          if (!handle) return;
          const pool = handle.pool;
          if (!pool) {
            this.set({ state: "max" }, 1);
            return;
          }
          this.set({ state: "in_use" }, pool.totalCount - pool.idleCount);
          this.set({ state: "idle" }, pool.idleCount);
          this.set({ state: "max" }, pool.options.max ?? 10);
        },
      }),
  );
  metric(
    "db_pool_waiting",
    (registry) =>
      new Gauge({
        name: "db_pool_waiting",
        help: "Queries waiting for a connection from this instance's pool",
        registers: [registry],
        collect() {
          const pool = openedDatabase()?.pool;
          if (pool) this.set(pool.waitingCount);
        },
      }),
  );
}
