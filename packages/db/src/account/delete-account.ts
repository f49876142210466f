import { eq, like } from "drizzle-orm";
import { type Database, runTransaction } from "../client";
import { rateLimit, user, verification } from "../schema";

/**
 * Deletes an account and everything of it in one transaction: the user row, and with it (ON DELETE
 * CASCADE) sessions, sign-in accounts, lists, tasks, completions, settings, the change log and access
 * tokens, reminders and push subscriptions; then what names the user without a foreign key: pending reset and verification values,
 * and the per-account attempt counters. Either all of it goes or none.
 */
export async function deleteAccount(db: Database, userId: string, email: string): Promise<void> {
  await runTransaction(db, async (tx) => {
    await tx.delete(verification).where(eq(verification.value, userId));
    await tx.delete(rateLimit).where(like(rateLimit.key, `account:${escapeLike(email.toLowerCase())}|%`));
    await tx.delete(user).where(eq(user.id, userId));
  });
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
