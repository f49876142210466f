import { signUpWithToken } from "@todo/test-support/accounts";
import { startAppServer } from "@todo/test-support/app-server";
import { config } from "../config";
import { round } from "../report/results";
import { sqlClient } from "../support/sql";
import { WEB_DIR } from "../support/web-dir";
import { deliveryLatency, type LatencyFigures } from "./delivery-latency";
import { openUserStream } from "./user-stream";
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
 * instance B on the same database; then the writes' throughput with the change log and without it.
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
  const users = [];
  for (let i = 0; i < live.users; i++) users.push(await signUpWithToken(a));
  const latency = await deliveryLatency(a, b.url, users[0] as (typeof users)[number], live);
  console.log(
    `live: ${latency.changes} changes A → B: p50 ${latency.sent_p50_ms} ms, p99 ${latency.sent_p99_ms} ms from the write sent (${latency.missing} missing)`,
  );

  // Each writing user watched by a stream on B, as a user with the app open elsewhere: the commit notifies.
  const streams = users.map((user) => openUserStream(b.url, user, () => {}));
  await Promise.all(streams.map((stream) => stream.ready));
  const sql = sqlClient(databaseUrl);
  let cost: WriteCostFigures;
  try {
    cost = await writeCost(a, sql, users, live);
  } finally {
    for (const stream of streams) stream.close();
    await sql.end();
  }
  console.log(
    `live: writes with the feed ${JSON.stringify(cost.with_feed)}, without ${JSON.stringify(cost.without_feed)}: ${cost.drop_percent} % fewer`,
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
