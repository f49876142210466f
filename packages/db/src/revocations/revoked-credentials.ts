import { gt, lt } from "drizzle-orm";
import type { Database } from "../client";
import { revokedCredential } from "../schema";

/** The sessions and access tokens ended since `since` (triggers record each): the JWTs issued for them are refused. */
export async function credentialsRevokedSince(db: Database, since: Date): Promise<string[]> {
  const rows = await db
    .select({ credentialId: revokedCredential.credentialId })
    .from(revokedCredential)
    .where(gt(revokedCredential.revokedAt, since));
  return rows.map((row) => row.credentialId);
}

/** Forgets what ended before `before`: no JWT issued for it is still valid. */
export async function pruneRevokedCredentials(db: Database, before: Date): Promise<void> {
  await db.delete(revokedCredential).where(lt(revokedCredential.revokedAt, before));
}
