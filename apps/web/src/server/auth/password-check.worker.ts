import { parentPort } from "node:worker_threads";
import { loadPasswordChecker } from "@/lib/password-strength";
import { serveRequests } from "../threads/idle-worker";
import type { PasswordCheck } from "./password-check";

// The estimator and its dictionaries, in a thread of their own (./password-check.ts).
if (!parentPort) throw new Error("password-check.worker runs as a worker thread");
serveRequests(parentPort, async ({ password, personalWords }: PasswordCheck) =>
  (await loadPasswordChecker())(password, personalWords),
);
