// Runs every check and suite in order, keeps going past a failure, and ends with one line of totals.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { stripVTControlCharacters } from "node:util";

process.env.TEST_DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/postgres";
process.env.TURBO_TELEMETRY_DISABLED = "1";
process.env.NEXT_TELEMETRY_DISABLED = "1";
rmSync("reports", { recursive: true, force: true });
mkdirSync("reports");

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
/** Each failed test's name and the start of its error, printed again at the end where a log's tail shows it. */
const failedTests = [];

/** The first lines of an error, without colours or stack frames: enough to tell a timeout from an assertion. */
function errorHead(message = "") {
  const lines = stripVTControlCharacters(message)
    .split("\n")
    .filter((line) => line.trim() !== "" && !/^\s+(at |❯ )/.test(line));
  return lines
    .slice(0, 8)
    .map((line) => `      ${line.trim().slice(0, 200)}`)
    .join("\n");
}

// A check may exit with this code to say it could not run here (and why, in its output).
const SKIPPED = 3;

function run(name, command, args, env = {}) {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0 && result.status !== SKIPPED) failures.push(name);
  return result.status;
}

/** A check with no test cases of its own counts as one test. */
function check(name, command, args) {
  const status = run(name, command, args);
  if (status === 0) passed++;
  else if (status === SKIPPED) skipped++;
  else failed++;
}

/** The errors scripts/vitest-failure-reporter.mjs wrote, by file and test name. */
function vitestErrors(path) {
  const errors = new Map();
  if (!existsSync(path)) return errors;
  for (const line of readFileSync(path, "utf8").split("\n").filter(Boolean)) {
    const { file, name, error } = JSON.parse(line);
    errors.set(`${file} › ${name}`, error);
  }
  return errors;
}

function vitest(pkg) {
  const report = `reports/vitest-${pkg.replace(/\W/g, "-")}.json`;
  const errorsFile = `${process.cwd()}/reports/vitest-${pkg.replace(/\W/g, "-")}-failures.jsonl`;
  const status = run(
    `vitest ${pkg}`,
    "pnpm",
    [
      "--filter",
      pkg,
      "exec",
      "vitest",
      "run",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${process.cwd()}/${report}`,
      `--reporter=${process.cwd()}/scripts/vitest-failure-reporter.mjs`,
    ],
    { VITEST_FAILURES_FILE: errorsFile },
  );
  try {
    const json = JSON.parse(readFileSync(report, "utf8"));
    const errors = vitestErrors(errorsFile);
    passed += json.numPassedTests;
    failed += json.numFailedTests + (json.numTotalTests === 0 ? 1 : 0);
    for (const file of json.testResults)
      for (const test of file.assertionResults)
        if (test.status === "failed") {
          const error = errors.get(`${file.name} › ${[...test.ancestorTitles, test.title].join(" > ")}`);
          failedTests.push(
            `${pkg} › ${file.name.replace(`${process.cwd()}/`, "")} › ${test.fullName}\n${errorHead(error ?? test.failureMessages?.[0])}`,
          );
        }
    // Every test passed, yet the run failed: an error outside the tests (unhandled, or in a hook) counts as one.
    if (status !== 0 && json.numFailedTests === 0) {
      failed++;
      console.log(`vitest ${pkg} failed outside its tests: see "Unhandled Errors" or the failed hooks above`);
    }
  } catch {
    failed++;
  }
}

/** Walks Playwright's report: a test failed when its outcome is "unexpected"; one passed on a retry ("flaky") is named too. */
function collectPlaywrightFailures(suites, titles = []) {
  for (const suite of suites ?? []) {
    const path = suite.title ? [...titles, suite.title] : titles;
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests)
        if (test.status === "unexpected" || test.status === "flaky")
          failedTests.push(
            `e2e › ${[...path, spec.title].join(" › ")} (${test.status === "flaky" ? "passed on a retry" : "failed"})\n${errorHead(test.results.find((result) => result.error)?.error.message)}`,
          );
    collectPlaywrightFailures(suite.suites, path);
  }
}

function playwright() {
  const report = "reports/e2e.json";
  const status = run("playwright", "pnpm", ["--filter", "@todo/e2e", "exec", "playwright", "test"], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: `${process.cwd()}/${report}`,
  });
  try {
    const { stats, suites } = JSON.parse(readFileSync(report, "utf8"));
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
    collectPlaywrightFailures(suites);
    if (status !== 0 && stats.unexpected === 0) {
      failed++;
      console.log("playwright failed outside its tests: see the errors above");
    }
  } catch {
    failed++;
  }
}

check("lint (biome)", "pnpm", ["exec", "biome", "ci", "."]);
check("typecheck", "pnpm", ["exec", "turbo", "run", "typecheck"]);
check("dependency audit", "node", ["scripts/audit.mjs"]);
check("alerting rules (promtool)", "sh", ["deploy/prometheus/check-alerts.sh"]);
if (run("build", "pnpm", ["exec", "turbo", "run", "build"]) === 0) {
  for (const pkg of [
    "@todo/dates",
    "@todo/contracts",
    "@todo/quick-add",
    "@todo/api",
    "@todo/db",
    "@todo/web",
    "@todo/bench",
  ])
    vitest(pkg);
  playwright();
} else {
  failed++;
}

if (failedTests.length)
  console.log(`\nTests that failed, or passed only on a retry:\n${failedTests.map((name) => `  ${name}`).join("\n")}`);
if (failures.length) console.log(`\nFailed: ${failures.join(", ")}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || failures.length > 0 ? 1 : 0);
