import { freePort } from "@todo/test-support/free-port";
import { config } from "./config";
import { startFloor } from "./floor/start-floor";
import { benchUsers } from "./load/bench-users";
import { loadPhase } from "./load/load-phase";
import { round } from "./report/results";
import { errorCount, soakFailures, soakRowsAmiss } from "./report/targets";
import { scalePhase } from "./scale/scale-phase";
import { soakPhase } from "./soak/soak-phase";
import { listeningPid } from "./support/listening-pid";
import { startBareNext } from "./support/start-bare-next";

/**
 * The API's phases on the running app: load against the bare Next.js handler and the floor, the soak, then
 * the scale run (`BENCH_SKIP` leaves the last two out). Returns
 * their figures and what failed the run (errors, lost rows), if anything did.
 */
export async function apiPhases(
  app: { url: string; pid: number },
  databaseUrl: string,
  cleanups: (() => Promise<void>)[],
  timings: Record<string, number>,
) {
  const since = (start: number) => round((performance.now() - start) / 1000, 1);
  let start = performance.now();
  const users = {
    list: await benchUsers(app.url, config.users, config.listTasks),
    write: await benchUsers(app.url, config.users, config.writeTasks),
  };
  // Same database, same users, same keys: the bare handler and the floor verify the app's tokens.
  const bare = await startBareNext(databaseUrl, app.url);
  cleanups.unshift(bare.stop);
  // The same again, measured beside it as an A/A control (bench/load/load-phase.ts).
  const control = await startBareNext(databaseUrl, app.url);
  cleanups.unshift(control.stop);
  const floor = await startFloor({ DATABASE_URL: databaseUrl, APP_URL: app.url, PORT: await freePort() });
  cleanups.unshift(floor.stop);
  timings.setup = since(start);
  console.log(
    `bare Next.js: ${bare.url} (control: ${control.url}); floor: ${floor.url}; ${2 * config.users} users seeded in ${timings.setup} s`,
  );

  start = performance.now();
  console.log(
    `load: ${config.connections} connections, ${config.warmup} s warm-up + ${config.runs} × ${config.duration} s per operation and server`,
  );
  const barePid = listeningPid(Number(new URL(bare.url).port));
  const load = await loadPhase({ app, bare: { url: bare.url, pid: barePid }, floor, control }, users);
  timings.load = since(start);
  await floor.stop();
  await control.stop();
  await bare.stop();

  // Before the scale phase, which replaces every task and leaves PostgreSQL busy with a million rows.
  const soak = config.skip.includes("soak") ? null : await soakPhase(app, databaseUrl, timings);
  const scale = config.skip.includes("scale") ? null : await scalePhase(app.url, databaseUrl, timings);

  const failures: string[] = [];
  const errors = Object.values(load.scenarios).reduce((sum, scenario) => sum + errorCount(scenario), 0);
  if (errors > 0) failures.push(`${errors} errors or non-2xx answers under load`);
  if (soak && soakFailures(soak) + soakRowsAmiss(soak) > 0) {
    failures.push(
      `the soak had ${soakFailures(soak)} errors or unexpected answers, ${soakRowsAmiss(soak)} rows lost, extra or unlike their acknowledged write`,
    );
  }
  return {
    figures: {
      scenarios: load.scenarios,
      soak,
      scale,
      rss_mb: load.rssMb,
      rss_lifetime_peak_mb: load.rssLifetimePeakMb,
      bare_rss_mb: load.bareRssMb,
    },
    failures,
  };
}
