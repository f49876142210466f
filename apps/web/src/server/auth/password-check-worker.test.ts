import { describe, expect, it } from "vitest";
import { loadPasswordChecker } from "@/lib/password-strength";
import { typeScriptWorker } from "../../../tests/support/typescript-worker";
import { IdleWorker } from "../workers/idle-worker";
import type { PasswordCheck } from "./password-check";

describe("the password estimator's thread", () => {
  it("rates passwords as the sign-up form's estimator does, the account's own words included", async () => {
    const thread = new IdleWorker<PasswordCheck, unknown>(
      () => typeScriptWorker(new URL("./password-check-worker.ts", import.meta.url)),
      50,
    );
    const rate = await loadPasswordChecker();
    const cases: PasswordCheck[] = [
      { password: "password", personalWords: [] },
      { password: "correct horse battery staple", personalWords: [] },
      { password: "ada.lovelace1815", personalWords: ["ada.lovelace", "ada", "lovelace"] },
      { password: "ada.lovelace1815", personalWords: [] },
      { password: "qwertyuiop123", personalWords: [] },
    ];
    const acceptable: boolean[] = [];
    for (const check of cases) {
      const expected = rate(check.password, check.personalWords);
      expect(await thread.call(check)).toEqual(expected);
      acceptable.push(expected.acceptable);
    }
    expect(acceptable).toEqual([false, true, false, true, false]);
  });
});
