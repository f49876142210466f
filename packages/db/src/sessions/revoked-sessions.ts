import { gt, lt } from "drizzle-orm";
import type { Database } from "../client";
import { revokedSession } from "../schema";

/** The sessions ended since `since` (the trigger on `session` records each): their JWTs are refused. */
export async function sessionsRevokedSince(db: Database, since: Date): Promise<string[]> {
  const rows = await db
    .select({ sessionId: revokedSession.sessionId })
    .from(revokedSession)
    .where(gt(revokedSession.revokedAt, since));
  return rows.map((row) => row.sessionId);
}

/** Forgets sessions ended before `before`: no JWT issued for them is still valid. */
export async function pruneRevokedSessions(db: Database, before: Date): Promise<void> {
  await db.delete(revokedSession).where(lt(revokedSession.revokedAt, before));
}
