import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import * as schema from "../schema";
import type { Listen } from "./listen/types";
import { lockDataDir } from "./pglite-lock";
import type { Database, DatabaseHandle } from "./types";

export function openPglite(dataDir: string): DatabaseHandle {
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const release = lockDataDir(dataDir);
  let client: PGlite;
  try {
    // The search indexes' extensions (migration 0001): PGlite ships them but loads only those named.
    client = new PGlite(dataDir, { extensions: { btree_gin, pg_trgm } });
  } catch (error) {
    release();
    throw error;
  }
  const db = drizzle({ client, schema, casing: "snake_case" });
  // In-process: the one connection delivers the notifications its own commits send.
  const listen: Listen = (channel, handlers) => {
    const unlisten = client
      .listen(channel, (payload) => handlers.onNotification(payload))
      .then((stop) => {
        handlers.onListening();
        return stop;
      });
    return { close: async () => (await unlisten)() };
  };
  return {
    driver: "pglite",
    db: db as unknown as Database,
    listen,
    pool: null,
    migrate: (migrationsFolder) => migrate(db, { migrationsFolder }),
    // One process holds the data directory (pglite-lock.ts): no other migrator can be running.
    lockedForMigrations: (run) => run(db as unknown as Database),
    close: async () => {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}
