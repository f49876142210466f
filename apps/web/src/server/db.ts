import "server-only";
import { createDatabase, type DatabaseHandle, defaultDataDir, ping } from "@todo/db";
import { env } from "@/env";

const globalForDb = globalThis as typeof globalThis & { todoDatabase?: DatabaseHandle };

/**
 * The process's one database handle, opened on first use (never at build time). Kept on
 * globalThis so that dev reloads reuse it: the embedded database allows one instance per process.
 */
function getDatabase(): DatabaseHandle {
  globalForDb.todoDatabase ??= createDatabase({
    url: env.DATABASE_URL,
    listenUrl: env.DATABASE_URL_UNPOOLED,
    listen: env.DATABASE_LISTEN !== "off",
    dataDir: defaultDataDir(),
  });
  return globalForDb.todoDatabase;
}

/** The handle itself, for what needs more than queries: listening for notifications. */
export function getDatabaseHandle(): DatabaseHandle {
  return getDatabase();
}

export function getDb() {
  return getDatabase().db;
}

/** Whether the database answers a ping now: readiness, and telling an outage from a refusal. */
export async function databaseAnswers(): Promise<boolean> {
  try {
    await ping(getDb());
    return true;
  } catch {
    return false;
  }
}
