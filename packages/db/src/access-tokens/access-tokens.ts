import { and, desc, eq, gt, isNull, or } from "drizzle-orm";
import type { Database } from "../client";
import { type AccessTokenRow, accessToken } from "../schema";
import { hashTokenSecret, newTokenSecret, TOKEN_SECRET_PREFIX } from "./token-secret";

export type AccessTokenScope = AccessTokenRow["scope"];

export interface NewAccessToken {
  name: string;
  scope: AccessTokenScope;
  expiresAt: Date | null;
}

/** How many characters of a secret, after its prefix, the list shows. */
const SHOWN_CHARACTERS = 6;

/** Creates a token and answers it with its secret: the only time the secret exists outside the caller. */
export async function createAccessToken(
  db: Database,
  userId: string,
  input: NewAccessToken,
): Promise<{ row: AccessTokenRow; secret: string }> {
  const secret = newTokenSecret();
  const [row] = await db
    .insert(accessToken)
    .values({
      userId,
      ...input,
      secretHash: hashTokenSecret(secret),
      prefix: secret.slice(0, TOKEN_SECRET_PREFIX.length + SHOWN_CHARACTERS),
    })
    .returning();
  return { row: row as AccessTokenRow, secret };
}

/** The user's tokens, newest first, expired ones included (the list says they are). */
export async function listAccessTokens(db: Database, userId: string): Promise<AccessTokenRow[]> {
  return db
    .select()
    .from(accessToken)
    .where(eq(accessToken.userId, userId))
    .orderBy(desc(accessToken.createdAt), desc(accessToken.id));
}

/** Revokes (deletes) one of the user's tokens; false when the user has no token of that id. */
export async function revokeAccessToken(db: Database, userId: string, id: string): Promise<boolean> {
  const deleted = await db
    .delete(accessToken)
    .where(and(eq(accessToken.userId, userId), eq(accessToken.id, id)))
    .returning({ id: accessToken.id });
  return deleted.length > 0;
}

/**
 * The live token a secret belongs to, its last use set to now; null for an unknown, revoked or
 * expired secret (one answer for all three).
 */
export async function redeemAccessToken(
  db: Database,
  secret: string,
  now = new Date(),
): Promise<AccessTokenRow | null> {
  if (!secret.startsWith(TOKEN_SECRET_PREFIX)) return null;
  const [row] = await db
    .update(accessToken)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(accessToken.secretHash, hashTokenSecret(secret)),
        or(isNull(accessToken.expiresAt), gt(accessToken.expiresAt, now)),
      ),
    )
    .returning();
  return row ?? null;
}
