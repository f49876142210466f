// A Vitest reporter for run-tests.mjs: each failed test's name and error, one JSON line each, in the file named by
// VITEST_FAILURES_FILE. Vitest's JSON report keeps only the stack, which for a timeout names no timeout and for
// fast-check drops the assertion that failed (the error's cause).
import { appendFileSync } from "node:fs";

function describe(error) {
  if (!error) return "";
  const cause = error.cause?.message ? `\nCaused by: ${error.cause.message}` : "";
  return `${error.message ?? String(error)}${cause}`;
}

export default class FailureReporter {
  onTestCaseResult(testCase) {
    const result = testCase.result();
    if (result.state !== "failed") return;
    const line = { file: testCase.module.moduleId, name: testCase.fullName, error: describe(result.errors?.[0]) };
    appendFileSync(process.env.VITEST_FAILURES_FILE, `${JSON.stringify(line)}\n`);
  }
}
