import { sql } from "drizzle-orm";
import type { Database } from "./types";

/** Resolves when the database answers a trivial query. */
export async function ping(db: Database): Promise<void> {
  await db.execute(sql`select 1`);
}
