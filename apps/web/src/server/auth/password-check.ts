import "server-only";
import { Worker } from "node:worker_threads";
import type { PasswordStrength } from "@/lib/password-strength";
import { IdleWorker } from "../workers/idle-worker";
import { type PasswordCheck, passwordRater } from "./rate-password";

/** How long the estimator's thread stays after its last check: a burst of sign-ups shares one. */
const IDLE_MS = 60_000;

/**
 * The sign-up form's estimator, in a worker thread of its own. Its dictionaries take ~25 MB of heap (11.6 MB of word
 * lists, 13.1 MB of ranked tables built from them, in ~150 ms): in the server's main thread they would stay for good
 * after the first sign-up, and every full collection of that heap would pause every request the longer (decision
 * 004 § Better Auth's stores and the estimator's dictionaries).
 */
const ratePassword = passwordRater(
  new IdleWorker<PasswordCheck, PasswordStrength>(
    () => new Worker(new URL("./password-check-worker.ts", import.meta.url)),
    IDLE_MS,
  ),
);

/** Rates a new password as the sign-up form does (`@/lib/password-strength`). */
export function checkPasswordStrength(password: string, personalWords: readonly string[]): Promise<PasswordStrength> {
  return ratePassword({ password, personalWords });
}
