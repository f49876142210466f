// `pnpm bench`: the API under load against a bare node:http floor, then its cost at scale. See README § Benchmarks.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { migrateUpAt } from "@todo/db/migrate";
import { startAppServer } from "@todo/test-support/app-server";
import { freePort } from "@todo/test-support/free-port";
import { createTestDatabase } from "@todo/test-support/test-database";
import { config, loadAverage, machine } from "./config";
import { startFloor } from "./floor/start-floor";
import { benchUsers } from "./load/bench-users";
import { loadPhase } from "./load/load-phase";
import { type Results, resultsFile, round, writeResults } from "./report/results";
import { formatTable } from "./report/table";
import { checkTargets, errorCount, soakFailures, soakRowsAmiss } from "./report/targets";
import { readmeFile, writeReadme } from "./report/write-readme";
import { scalePhase } from "./scale/scale-phase";
import { soakPhase } from "./soak/soak-phase";
import { commandLine, listeningPid } from "./support/listening-pid";
import { WEB_DIR } from "./support/web-dir";

const timings: Record<string, number> = {};
const since = (start: number) => round((performance.now() - start) / 1000, 1);
const started = performance.now();
const loadAtStart = loadAverage();
if (loadAtStart > machine().cpus)
  console.warn(`the machine is busy (load average ${loadAtStart}): figures will be low`);

const root = path.resolve(import.meta.dirname, "..");
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", NEXT_TELEMETRY_DISABLED: "1" };
const build = spawnSync("pnpm", ["exec", "turbo", "run", "build", "--filter=@todo/web", "--output-logs=errors-only"], {
  cwd: import.meta.dirname,
  env,
  stdio: "inherit",
});
if (build.status !== 0) throw new Error("the build failed");
timings.build = since(started);
console.log(`build: ${timings.build} s (turbo caches an unchanged app)`);

const database = await createTestDatabase("todo_bench", { setUp: migrateUpAt });
const cleanups: (() => Promise<void>)[] = [() => database.drop()];
async function cleanUp() {
  // Newest first: the floor, the app (its own process group), then the database.
  for (const cleanup of cleanups.splice(0)) await cleanup().catch((error: unknown) => console.error(error));
}
process.once("SIGINT", () => void cleanUp().finally(() => process.exit(130)));
try {
  let start = performance.now();
  const app = await startAppServer(WEB_DIR, { DATABASE_URL: database.url, ...config.appEnv });
  cleanups.unshift(app.stop);
  const pid = listeningPid(Number(new URL(app.url).port));
  console.log(`app: ${app.url}, served by pid ${pid} (${commandLine(pid)})`);
  const users = {
    list: await benchUsers(app.url, config.users, config.listTasks),
    write: await benchUsers(app.url, config.users, config.writeTasks),
  };
  const floor = await startFloor({ DATABASE_URL: database.url, APP_URL: app.url, PORT: await freePort() });
  cleanups.unshift(floor.stop);
  timings.setup = since(start);
  console.log(`floor: ${floor.url}; ${2 * config.users} users seeded in ${timings.setup} s`);

  start = performance.now();
  console.log(
    `load: ${config.connections} connections, ${config.warmup} s warm-up + ${config.runs} × ${config.duration} s per operation and server`,
  );
  const load = await loadPhase({ url: app.url, pid }, floor, users);
  timings.load = since(start);
  await floor.stop();

  // Before the scale phase, which replaces every task and leaves PostgreSQL busy with a million rows.
  const soak = await soakPhase({ url: app.url, pid }, database.url, timings);

  const scale = await scalePhase(app.url, database.url, timings);
  timings.total = since(started);

  const partial = {
    date: new Date().toISOString(),
    machine: machine(),
    settings: config,
    load_average: { start: loadAtStart, end: loadAverage() },
    scenarios: load.scenarios,
    soak,
    scale,
    rss_mb: load.rssMb,
    rss_lifetime_peak_mb: load.rssLifetimePeakMb,
    timings_s: timings,
  };
  const results: Results = { ...partial, targets: checkTargets(partial) };
  writeResults(results);
  writeReadme(results);
  console.log(
    `\n${formatTable(results)}\n\nwritten to ${path.relative(root, resultsFile)} and ${path.relative(root, readmeFile)}; ${timings.total} s in all`,
  );
  const failures = Object.values(results.scenarios).reduce((sum, scenario) => sum + errorCount(scenario), 0);
  if (failures > 0) {
    console.error(`\nFAILED: ${failures} errors or non-2xx answers under load`);
    process.exitCode = 1;
  }
  if (soakFailures(soak) + soakRowsAmiss(soak) > 0) {
    console.error(
      `\nFAILED: the soak had ${soakFailures(soak)} errors or unexpected answers, ${soakRowsAmiss(soak)} rows lost, extra or unlike their acknowledged write`,
    );
    process.exitCode = 1;
  }
} finally {
  await cleanUp();
}
