import { sql } from "drizzle-orm";
import type { Database } from "../src/client";
import { queryRows } from "./query-rows";

/** Waits until `count` sessions of the database wait for a lock (writes queued behind a transaction a test holds open). */
export async function waitForLockWaiters(db: Database, count: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const rows = await queryRows<{ waiting: string }>(
      db,
      sql`select count(*) as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
    );
    if (Number(rows[0]?.waiting) >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`fewer than ${count} sessions came to wait for the lock`);
}
