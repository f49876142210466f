import { lt, sql } from "drizzle-orm";
import type { Database } from "../client";
import { apiRateLimit } from "../schema";

/** Adds `hits` to a user's count for a window and returns the count all instances have recorded. */
export async function recordApiHits(db: Database, userId: string, windowStart: Date, hits: number): Promise<number> {
  const [row] = await db
    .insert(apiRateLimit)
    .values({ userId, windowStart, hits })
    .onConflictDoUpdate({
      target: [apiRateLimit.userId, apiRateLimit.windowStart],
      set: { hits: sql`${apiRateLimit.hits} + ${hits}` },
    })
    .returning({ hits: apiRateLimit.hits });
  return row?.hits ?? hits;
}

/** Forgets windows that ended before `before`. */
export async function pruneApiHits(db: Database, before: Date): Promise<void> {
  await db.delete(apiRateLimit).where(lt(apiRateLimit.windowStart, before));
}
