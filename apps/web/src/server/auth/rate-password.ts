import { loadPasswordChecker, type PasswordStrength } from "@/lib/password-strength";
import { errorForLog } from "../error-for-log";
import { log } from "../log";
import type { IdleWorker } from "../workers/idle-worker";
import { WorkerCallError } from "../workers/worker-calls";

export interface PasswordCheck {
  password: string;
  personalWords: readonly string[];
}

/** The estimator's thread, as `passwordRater` uses it. */
export type PasswordThread = Pick<IdleWorker<PasswordCheck, PasswordStrength>, "call">;

/** How long, after the thread failed, passwords are rated in the server's own thread before a thread is tried again. */
const THREAD_RETRY_MS = 60_000;

/**
 * Rates new passwords in the estimator's thread; when that thread cannot answer (its chunk missing from a deployment,
 * no memory for another thread, a crash), in the server's own thread instead, logged as an error: a sign-up, a password
 * change or a reset must not fail because a thread did not start. For `retryMs` after such a failure the thread is not
 * tried again, so each sign-up does not pay a failed start first. The dictionaries then stay in the server's heap until
 * it restarts (decision 004 § Better Auth's stores and the estimator's dictionaries). An estimator that throws in a
 * running thread would throw in this one too, and a check the thread cannot be sent is malformed: either is the
 * caller's error (a `WorkerCallError`), passed on, and the thread stays in use.
 */
export function passwordRater(thread: PasswordThread, retryMs = THREAD_RETRY_MS) {
  let threadFailedAt = Number.NEGATIVE_INFINITY;
  return async ({ password, personalWords }: PasswordCheck): Promise<PasswordStrength> => {
    if (performance.now() - threadFailedAt >= retryMs) {
      try {
        return await thread.call({ password, personalWords });
      } catch (error) {
        if (error instanceof WorkerCallError) throw error;
        threadFailedAt = performance.now();
        log("error", "password_thread_failed", { error: errorForLog(error), retryInMs: retryMs });
      }
    }
    return (await loadPasswordChecker())(password, personalWords);
  };
}
