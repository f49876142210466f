import { signUpWithToken } from "@todo/test-support/accounts";
import { startAppServer } from "@todo/test-support/app-server";
import { config } from "../config";
import { benchUsers } from "../load/bench-users";
import { round } from "../report/results";
import { listeningPid } from "../support/listening-pid";
import { sqlClient } from "../support/sql";
import { WEB_DIR } from "../support/web-dir";
import { deliveryLatency, type LatencyFigures } from "./delivery-latency";
import { type WriteCostFigures, writeCost } from "./write-cost";

export interface LiveResults {
  date: string;
  load_average: { start: number; end: number };
  duration_s: number;
  latency: LatencyFigures;
  write_cost: WriteCostFigures;
}

/**
 * Issue 17's figures: a change written on instance A, timed until it arrives on the stream of a second
 * instance B on the same database; then the writes' throughput without the change log, with it, with it and
 * streams open on B, and the same with B stopped (bench/live/write-cost.ts).
 */
export async function livePhase(
  a: string,
  databaseUrl: string,
  cleanups: (() => Promise<void>)[],
  loadAverage: () => number,
): Promise<LiveResults> {
  const started = performance.now();
  const loadAtStart = loadAverage();
  // Two instances behind one address, as behind a load balancer: a token either issues, the other accepts.
  const b = await startAppServer(WEB_DIR, { DATABASE_URL: databaseUrl, ...config.appEnv, BETTER_AUTH_URL: a });
  // Stopped once: a second stop would wait for an exit that has already happened.
  let stopping: Promise<void> | undefined;
  const stopB = () => (stopping ??= b.stop());
  cleanups.unshift(stopB);
  const { live } = config;
  const latency = await deliveryLatency(a, b.url, await signUpWithToken(a), live);
  console.log(
    `live: ${latency.changes} changes A → B: p50 ${latency.sent_p50_ms} ms, p99 ${latency.sent_p99_ms} ms from the write sent (${latency.missing} missing)`,
  );

  const { users: count, tasks, ...runs } = live.writeCost;
  const users = await benchUsers(a, count, tasks);
  const sql = sqlClient(databaseUrl);
  let cost: WriteCostFigures;
  try {
    cost = await writeCost(a, { url: b.url, pid: listeningPid(Number(new URL(b.url).port)) }, sql, users, runs);
  } finally {
    await sql.end();
  }
  console.log(
    `live: writes/s without the change log ${JSON.stringify(cost.without_feed)}, with it ${JSON.stringify(cost.with_feed)}: ${cost.drop_percent} % fewer; with streams open ${JSON.stringify(cost.with_streams)}: ${cost.drop_with_streams_percent} % fewer; B stopped ${JSON.stringify(cost.with_streams_b_paused)}: ${cost.drop_with_streams_b_paused_percent} % fewer`,
  );
  await stopB();
  return {
    date: new Date().toISOString(),
    load_average: { start: loadAtStart, end: loadAverage() },
    duration_s: round((performance.now() - started) / 1000, 1),
    latency,
    write_cost: cost,
  };
}
