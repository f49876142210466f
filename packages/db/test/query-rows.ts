import type { SQL } from "drizzle-orm";
import type { Database } from "../src/client";

/** Runs raw SQL on any of the drivers; each answers with `{ rows }`, which the shared type does not say. */
export async function queryRows<T>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
