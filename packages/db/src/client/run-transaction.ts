import { isTransactionConflict } from "./database-faults";
import type { Database } from "./types";

export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

const ATTEMPTS = 4;

/**
 * Runs `work` in a transaction, and runs it again (up to four times in all, after a short random
 * pause) when PostgreSQL aborted it for a serialization failure or a deadlock: an aborted
 * transaction changed nothing, so another try is safe. A conflict that outlives the tries is thrown
 * (answered 503). Every rule that writes more than one statement goes through here.
 */
export async function runTransaction<T>(db: Database, work: (tx: Transaction) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(work);
    } catch (error) {
      if (attempt >= ATTEMPTS || !isTransactionConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
