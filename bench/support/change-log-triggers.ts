import type { SqlClient } from "./sql";

/** The triggers that write the change log (migration 0008), as `table.trigger`. */
const TRIGGERS = ["task.task_change_log", "list.list_change_log"] as const;

/**
 * Turns the change log's triggers off or on: off, writes go as they did before the feed existed (the
 * write-cost comparison) and a bulk seed writes no million changes nobody reads (the scale phase).
 */
export async function setChangeLog(sql: SqlClient, on: boolean): Promise<void> {
  for (const name of TRIGGERS) {
    const [table, trigger] = name.split(".");
    await sql.query(`ALTER TABLE "${table}" ${on ? "ENABLE" : "DISABLE"} TRIGGER "${trigger}"`);
  }
}
