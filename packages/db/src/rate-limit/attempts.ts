import { eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { rateLimit } from "../schema";

/** At most `max` attempts; the window is counted from the last allowed attempt, as Better Auth counts. */
export interface AttemptRule {
  windowSeconds: number;
  max: number;
}

export type AttemptDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one attempt under `key` in Better Auth's `rate_limit` table, with Better Auth's own rule,
 * in one statement: concurrent attempts on any instance never both take the last free slot.
 */
export async function consumeAttempt(
  db: Database,
  key: string,
  rule: AttemptRule,
  now = Date.now(),
): Promise<AttemptDecision> {
  const windowMs = rule.windowSeconds * 1000;
  const expired = sql`${now} - ${rateLimit.lastRequest} >= ${windowMs}`;
  const allowed = await db
    .insert(rateLimit)
    .values({ key, count: 1, lastRequest: now })
    .onConflictDoUpdate({
      target: rateLimit.key,
      set: {
        count: sql`CASE WHEN ${expired} THEN 1 ELSE ${rateLimit.count} + 1 END`,
        lastRequest: now,
      },
      // A refused attempt changes nothing, so the window still ends where the last allowed one set it.
      setWhere: sql`${expired} OR ${rateLimit.count} < ${rule.max}`,
    })
    .returning({ count: rateLimit.count });
  if (allowed.length > 0) return { allowed: true };
  const [row] = await db.select({ lastRequest: rateLimit.lastRequest }).from(rateLimit).where(eq(rateLimit.key, key));
  const endsAt = (row?.lastRequest ?? now) + windowMs;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((endsAt - now) / 1000)) };
}
