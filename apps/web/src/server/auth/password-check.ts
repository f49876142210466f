import "server-only";
import { Worker } from "node:worker_threads";
import type { PasswordStrength } from "@/lib/password-strength";
import { idleWorker } from "../threads/idle-worker";

export interface PasswordCheck {
  password: string;
  personalWords: string[];
}

/**
 * The estimator runs in a thread of its own, stopped a minute after its last check: its dictionaries take ~25 MB
 * of heap and a check up to tens of milliseconds of CPU, which would hold up every other request on this thread.
 * A check after a quiet minute starts it again (~0.3 s, what the first sign-up paid anyway).
 */
const thread = idleWorker<PasswordCheck, PasswordStrength>(
  () => new Worker(new URL("./password-check.worker.ts", import.meta.url)),
  60_000,
);

/** Rates a new password as the sign-up form does, off the thread that serves requests. */
export function checkPasswordStrength(password: string, personalWords: readonly string[]): Promise<PasswordStrength> {
  return thread.call({ password, personalWords: [...personalWords] });
}
