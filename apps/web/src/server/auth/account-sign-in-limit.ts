import "server-only";
import { consumeAttempt } from "@todo/db";
import { APIError } from "better-auth/api";
import { env } from "@/env";
import { getDb } from "../db";

/**
 * Sign-ins per account, from wherever they come. Better Auth's own limit counts per client address,
 * which a client can forge when no proxy in front of the app sets it (see TRUSTED_PROXIES); this one
 * a password guesser cannot spread across addresses. Kept in the database, so every instance counts
 * the same attempts. Checked before the password, so a refused attempt costs no hashing; the
 * handler logs the refusal (auth-handler.ts).
 */
export async function limitAccountSignIns(email: unknown): Promise<void> {
  if (typeof email !== "string") return;
  // Better Auth looks accounts up by the lower-cased address: count them the same way.
  const key = `account:${email.trim().toLowerCase()}|/sign-in/email`;
  const rule = { windowSeconds: env.AUTH_RATE_LIMIT_WINDOW, max: env.AUTH_RATE_LIMIT_MAX };
  const decision = await consumeAttempt(getDb(), key, rule);
  if (decision.allowed) return;
  const retryAfter = String(decision.retryAfterSeconds);
  throw new APIError(
    "TOO_MANY_REQUESTS",
    { message: "Too many sign-in attempts for this account. Try again later.", code: "ACCOUNT_RATE_LIMITED" },
    { "Retry-After": retryAfter, "X-Retry-After": retryAfter },
  );
}
