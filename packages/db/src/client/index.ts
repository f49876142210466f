import { openNeon } from "./neon";
import { openNodePostgres } from "./node-postgres";
import { openPglite } from "./pglite";
import { pickDriver } from "./pick-driver";
import type { DatabaseHandle, DatabaseOptions } from "./types";

export {
  isConnectionLost,
  isDatabaseUnavailable,
  isTransactionConflict,
  isUniqueViolation,
  isUserGone,
} from "./database-faults";
export type { Listen, Listener, NotificationHandlers } from "./listen/types";
export type { QueryObserver } from "./observe-queries";
export { DatabaseLockedError } from "./pglite-lock";
export { pickDriver } from "./pick-driver";
export { ping } from "./ping";
export { LISTENER_NAME, POOL_NAME } from "./pool-config";
export { runTransaction, type Transaction } from "./run-transaction";
export type { Database, DatabaseHandle, DatabaseOptions, Driver, PoolCounts } from "./types";

/** Opens the database named by `options.url`: the one place the driver is chosen. */
export function createDatabase(options: DatabaseOptions): DatabaseHandle {
  const { url, dataDir } = options;
  if (!url) {
    if (!dataDir) throw new Error("The embedded database needs a dataDir");
    return openPglite(dataDir);
  }
  return pickDriver(url) === "neon" ? openNeon(url, options) : openNodePostgres(url, options);
}
