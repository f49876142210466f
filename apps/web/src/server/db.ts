import "server-only";
import { createDatabase, type DatabaseHandle, defaultDataDir, ping, type QueryObserver } from "@todo/db";
import { env } from "@/env";
import { onShutdown } from "./shutdown/shutdown-registry";

const globalForDb = globalThis as typeof globalThis & {
  todoDatabase?: DatabaseHandle;
  todoQueryObserver?: QueryObserver;
};

/**
 * The process's one database handle, opened on first use (never at build time). Kept on
 * globalThis so that dev reloads reuse it: the embedded database allows one instance per process.
 */
function getDatabase(): DatabaseHandle {
  if (!globalForDb.todoDatabase) {
    const handle = createDatabase({
      url: env.DATABASE_URL,
      listenUrl: env.DATABASE_URL_UNPOOLED,
      listen: env.DATABASE_LISTEN !== "off",
      dataDir: defaultDataDir(),
      observeQuery: globalForDb.todoQueryObserver,
    });
    globalForDb.todoDatabase = handle;
    onShutdown("database", "database", () => handle.close());
  }
  return globalForDb.todoDatabase;
}

/** Set by tracing before the database opens: every statement of the pool runs through it. */
export function observeQueries(observer: QueryObserver): void {
  globalForDb.todoQueryObserver = observer;
}

/** The handle if the process opened it already (metrics read it, never open it). */
export function openedDatabase(): DatabaseHandle | undefined {
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
