import "server-only";
import { type AttemptRule, consumeAttempt } from "@todo/db";
import { APIError } from "better-auth/api";
import { env } from "@/env";
import { getDb } from "../db";

/** Reset and verification mails: per hour, so that nobody floods an inbox from many addresses. */
export const MAIL_RULE = (): AttemptRule => ({ windowSeconds: 3600, max: env.MAIL_RATE_LIMIT_MAX });

/**
 * Sign-ins per account, from wherever they come. Better Auth's own limit counts per client address,
 * which a client can forge when no proxy in front of the app sets it (see TRUSTED_PROXIES); this one
 * a password guesser cannot spread across addresses. Kept in the database, so every instance counts
 * the same attempts. Checked before the password, so a refused attempt costs no hashing; the
 * handler logs the refusal (auth-handler.ts).
 */
export async function limitAccountSignIns(email: unknown): Promise<void> {
  const rule = { windowSeconds: env.AUTH_RATE_LIMIT_WINDOW, max: env.AUTH_RATE_LIMIT_MAX };
  await limitPerAccount(email, "/sign-in/email", rule, "Too many sign-in attempts for this account. Try again later.");
}

/**
 * Reset and verification mails per address, counted whether or not the address has an account (so
 * that the limit's answer tells nothing either).
 */
export async function limitAccountMails(email: unknown, path: string): Promise<void> {
  await limitPerAccount(email, path, MAIL_RULE(), "Too many mails asked for this address. Try again later.");
}

async function limitPerAccount(email: unknown, path: string, rule: AttemptRule, message: string): Promise<void> {
  if (typeof email !== "string") return;
  // Better Auth looks accounts up by the lower-cased address: count them the same way.
  const key = `account:${email.trim().toLowerCase()}|${path}`;
  const decision = await consumeAttempt(getDb(), key, rule);
  if (decision.allowed) return;
  const retryAfter = String(decision.retryAfterSeconds);
  throw new APIError(
    "TOO_MANY_REQUESTS",
    { message, code: "ACCOUNT_RATE_LIMITED" },
    { "Retry-After": retryAfter, "X-Retry-After": retryAfter },
  );
}
