import { inArray } from "drizzle-orm";
import type { Database } from "../client";
import { changeCounter } from "../schema";

/** Each user's last seq (a user with no change yet is left out), for an instance that polls the log: one statement. */
export async function changeHeads(db: Database, userIds: string[]): Promise<Map<string, number>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ userId: changeCounter.userId, head: changeCounter.lastSeq })
    .from(changeCounter)
    .where(inArray(changeCounter.userId, userIds));
  return new Map(rows.map((row) => [row.userId, row.head]));
}
