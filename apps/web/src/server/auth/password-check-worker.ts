// The password estimator's thread (password-check.ts): its dictionaries live in this thread's heap.
import { loadPasswordChecker } from "@/lib/password-strength";
import { answerCalls } from "../workers/answer-calls";
import type { PasswordCheck } from "./rate-password";

answerCalls(async ({ password, personalWords }: PasswordCheck) =>
  (await loadPasswordChecker())(password, personalWords),
);
