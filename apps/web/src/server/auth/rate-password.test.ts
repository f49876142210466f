import { Worker } from "node:worker_threads";
import { describe, expect, it, vi } from "vitest";
import { loadPasswordChecker, type PasswordStrength } from "@/lib/password-strength";
import { typeScriptWorker } from "../../../tests/support/typescript-worker";
import { IdleWorker } from "../workers/idle-worker";
import { type PasswordCheck, passwordRater } from "./rate-password";

const CHECKS: PasswordCheck[] = [
  { password: "letmein123", personalWords: [] },
  { password: "correct horse battery staple", personalWords: [] },
  { password: "ada.lovelace1815", personalWords: ["ada.lovelace", "ada", "lovelace"] },
];

/** The JSON lines written to stderr (errors) while `run` runs. */
async function errorLines(run: () => Promise<void>): Promise<Record<string, unknown>[]> {
  const written: string[] = [];
  const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  try {
    await run();
  } finally {
    spy.mockRestore();
  }
  return written.flatMap((text) => text.split("\n").filter(Boolean)).map((line) => JSON.parse(line));
}

describe("passwordRater", () => {
  it("rates in the estimator's thread as the sign-up form's estimator does, the account's own words included, and logs nothing", async () => {
    const thread = new IdleWorker<PasswordCheck, PasswordStrength>(
      () => typeScriptWorker(new URL("./password-check-worker.ts", import.meta.url)),
      50,
    );
    const ratePassword = passwordRater(thread);
    const rate = await loadPasswordChecker();
    const cases: PasswordCheck[] = [
      ...CHECKS,
      { password: "ada.lovelace1815", personalWords: [] },
      { password: "qwertyuiop123", personalWords: [] },
    ];
    const acceptable: boolean[] = [];
    const lines = await errorLines(async () => {
      for (const check of cases) {
        const expected = rate(check.password, check.personalWords);
        expect(await ratePassword(check)).toEqual(expected);
        acceptable.push(expected.acceptable);
      }
    });
    expect(acceptable).toEqual([false, true, false, true, false]);
    expect(lines).toEqual([]);
  });

  it("rates in the server's own thread when the estimator's cannot start, logs why, and tries a thread again only after a while", async () => {
    // As a deployment missing the thread's chunk: every start fails as the module loads.
    let starts = 0;
    const thread = new IdleWorker<PasswordCheck, PasswordStrength>(() => {
      starts += 1;
      return new Worker(`throw new Error("Cannot find module './password-check-worker.js'")`, { eval: true });
    }, 50);
    const ratePassword = passwordRater(thread, 300);
    const rate = await loadPasswordChecker();
    const lines = await errorLines(async () => {
      for (const check of CHECKS) {
        expect(await ratePassword(check)).toEqual(rate(check.password, check.personalWords));
      }
      // One failed start for the three: the two after it were rated here at once.
      expect(starts).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 350));
      const [check] = CHECKS as [PasswordCheck];
      expect(await ratePassword(check)).toEqual(rate(check.password, check.personalWords));
      expect(starts).toBe(2);
    });
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).toMatchObject({ level: "error", event: "password_thread_failed", retryInMs: 300 });
      expect(line.error).toContain("Cannot find module './password-check-worker.js'");
      // Never the password itself.
      for (const { password } of CHECKS) expect(JSON.stringify(line)).not.toContain(password);
    }
  });

  it("keeps using a running thread whose estimator threw for one password, or that could not be sent one, and logs nothing", async () => {
    let starts = 0;
    const thread = new IdleWorker<PasswordCheck, PasswordStrength>(() => {
      starts += 1;
      return typeScriptWorker(new URL("./password-check-worker.ts", import.meta.url));
    }, 1_000);
    const ratePassword = passwordRater(thread);
    // A password the estimator refuses to take: not a string.
    const bad = { password: 42, personalWords: [] } as unknown as PasswordCheck;
    const [check] = CHECKS as [PasswordCheck];
    const rate = await loadPasswordChecker();
    // Nor can the structured clone copy a function to the thread: the caller's error too, not the thread's.
    const unsendable = { password: "letmein123", personalWords: [() => "ada"] } as unknown as PasswordCheck;
    const lines = await errorLines(async () => {
      await expect(ratePassword(bad)).rejects.toThrow();
      expect(await ratePassword(check)).toEqual(rate(check.password, check.personalWords));
      await expect(ratePassword(unsendable)).rejects.toThrow(/could not be cloned/);
      expect(await ratePassword(check)).toEqual(rate(check.password, check.personalWords));
    });
    expect(starts).toBe(1);
    expect(thread.running).toBe(true);
    expect(lines).toEqual([]);
  });

  it("rejects with what the estimator throws when neither thread can rate", async () => {
    const thread = new IdleWorker<PasswordCheck, PasswordStrength>(() => {
      throw new Error("no memory for another thread");
    }, 50);
    const ratePassword = passwordRater(thread);
    // A password the estimator refuses to take: not a string.
    const check = { password: 42, personalWords: [] } as unknown as PasswordCheck;
    const lines = await errorLines(async () => {
      await expect(ratePassword(check)).rejects.toThrow();
    });
    expect(lines).toMatchObject([{ event: "password_thread_failed" }]);
  });
});
