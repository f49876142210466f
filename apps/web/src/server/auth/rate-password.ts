import { loadPasswordChecker, type PasswordStrength } from "@/lib/password-strength";
import { errorForLog } from "../error-for-log";
import { log } from "../log";
import type { IdleWorker } from "../workers/idle-worker";

export interface PasswordCheck {
  password: string;
  personalWords: readonly string[];
}

/** The estimator's thread, as `ratePassword` uses it. */
export type PasswordThread = Pick<IdleWorker<PasswordCheck, PasswordStrength>, "call">;

/**
 * Rates a new password in the estimator's thread; when that thread cannot answer (its chunk missing from a deployment,
 * no memory for another thread, a crash), in the server's own thread instead, logged as an error: a sign-up, a password
 * change or a reset must not fail because a thread did not start. The dictionaries then stay in the server's heap until
 * it restarts (decision 004 § Better Auth's stores and the estimator's dictionaries).
 */
export async function ratePassword(thread: PasswordThread, { password, personalWords }: PasswordCheck) {
  try {
    return await thread.call({ password, personalWords });
  } catch (error) {
    log("error", "password_thread_failed", { error: errorForLog(error) });
    return (await loadPasswordChecker())(password, personalWords);
  }
}
