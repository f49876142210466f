import { inArray } from "drizzle-orm";
import type { Database } from "../client";
import { changeFeed } from "../schema";
import { logHead } from "./log-position";

/** Each user's last seq (a user with no change yet is left out), for an instance that polls the log: one statement. */
export async function changeHeads(db: Database, userIds: string[]): Promise<Map<string, number>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ userId: changeFeed.userId, head: logHead })
    .from(changeFeed)
    .where(inArray(changeFeed.userId, userIds));
  return new Map(rows.map((row) => [row.userId, row.head]));
}
