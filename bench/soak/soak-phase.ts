import { config } from "../config";
import { benchUsers } from "../load/bench-users";
import { round, type SoakResults } from "../report/results";
import { rssSampler } from "../support/rss-sampler";
import { checkRows } from "./check-rows";
import { driveSoak } from "./drive-soak";
import { rssTrend } from "./rss-trend";
import { soakState } from "./soak-state";
import { soakTally } from "./soak-tally";

/**
 * Minutes of mixed reads and writes by many users of its own, on the app the load phase warmed:
 * then every acknowledged create and delete is looked for in PostgreSQL, and the app's resident set
 * at the end is compared with the one at the start.
 */
export async function soakPhase(
  app: { url: string; pid: number },
  databaseUrl: string,
  timings: Record<string, number>,
) {
  const { seconds, connections, users: count, tasks, rssIntervalMs, rssWarmup } = config.soak;
  let start = performance.now();
  const state = soakState(await benchUsers(app.url, count, tasks));
  timings.soak_setup = round((performance.now() - start) / 1000, 1);
  console.log(
    `soak: ${seconds} s of mixed reads and writes, ${connections} connections over ${count} users (${tasks} tasks each, seeded in ${timings.soak_setup} s)`,
  );

  const rss = rssSampler(app.pid, rssIntervalMs);
  start = performance.now();
  const progressEvery = Math.max(10, seconds / 6) * 1000;
  const tally = soakTally();
  const progress = setInterval(() => {
    const elapsed = Math.round((performance.now() - start) / 1000);
    const failed = tally.total((operation) => operation.errors + operation.unexpected);
    const requests = tally.total((operation) => operation.requests);
    console.log(
      `  soak ${elapsed} s: ${requests} requests, ${failed} failed; app RSS ${Math.round(rss.samplesMb().at(-1) ?? 0)} MB`,
    );
  }, progressEvery);
  rss.start();
  try {
    await driveSoak(app.url, state, tally, { connections, seconds });
  } finally {
    rss.stop();
    clearInterval(progress);
  }
  const duration = (performance.now() - start) / 1000;
  timings.soak = round(duration, 1);
  const rows = await checkRows(databaseUrl, state);
  const requests = tally.total((operation) => operation.requests);
  const results: SoakResults = {
    duration_s: round(duration, 1),
    connections,
    users: count,
    requests,
    rps: Math.round(requests / duration),
    errors: tally.total((operation) => operation.errors),
    unexpected: tally.total((operation) => operation.unexpected),
    statuses: tally.statuses,
    operations: tally.operations,
    failures: tally.failures,
    ...rows,
    ...rssTrend(rss.samplesMb(), Math.ceil((rssWarmup * 1000) / rssIntervalMs)),
  };
  return results;
}
