import { databaseHost } from "./database-host";
import type { Driver } from "./types";

/** Neon hosts get Neon's WebSocket driver, any other PostgreSQL URL node-postgres. */
export function pickDriver(url: string): Exclude<Driver, "pglite"> {
  const { protocol } = new URL(url);
  if (protocol !== "postgres:" && protocol !== "postgresql:") {
    throw new Error(`DATABASE_URL must be a postgres:// URL, not ${protocol}//…`);
  }
  const hostname = databaseHost(url);
  return hostname === "neon.tech" || hostname.endsWith(".neon.tech") ? "neon" : "node-postgres";
}
