import http from "node:http";
import { LISTENER_NAME, POOL_NAME } from "@todo/db";
import { migrateUpAt } from "@todo/db/migrate";
import { startPushService } from "@todo/test-support/push-service";
import { startTcpProxy } from "@todo/test-support/tcp-proxy";
import { createTestDatabase, type TestDatabase } from "@todo/test-support/test-database";
import pg from "pg";
import { afterEach, expect, it } from "vitest";
import { SHUTDOWN_TIMELINE } from "@/server/shutdown/shutdown-timeline";
import { type ApiUser, apiUser, must } from "../support/api-user";
import { openEvents } from "../support/event-stream";
import { nextMinute, sleep, subscribedUser, taskRemindedAt } from "../support/reminder-rig";
import { type SignalledServer, startSignalledServer } from "../support/signalled-server";
import { within } from "../support/within";
import { parseSamples, sampleValue } from "./scrape";

const METRICS_TOKEN = "metrics-token-for-the-shutdown-tests";

// What each test opened, closed after it whatever happened.
const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function database(): Promise<TestDatabase & { admin: pg.Client }> {
  const created = await createTestDatabase("todo_shutdown", { setUp: migrateUpAt });
  const admin = new pg.Client({ connectionString: created.url });
  await admin.connect();
  cleanups.push(
    () => created.drop(),
    () => admin.end(),
  );
  return { ...created, admin };
}

async function server(env: Record<string, string>): Promise<SignalledServer> {
  const started = await startSignalledServer(env);
  cleanups.push(() => started.kill());
  return started;
}

/** The app's sessions on `db`, by application_name (the pool's and the LISTEN connection's). */
async function appSessions(db: TestDatabase & { admin: pg.Client }): Promise<Record<string, number>> {
  const { rows } = await db.admin.query<{ name: string; count: number }>(
    `select application_name as name, count(*)::int as count from pg_stat_activity
     where datname = $1 and application_name in ($2, $3) group by 1`,
    [db.name, POOL_NAME, LISTENER_NAME],
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.count]));
}

/**
 * A request that waits on a row lock the test holds, until `release`: slow for as long as the test wants. Resolves
 * once the app's statement is waiting on the lock.
 */
async function slowRequest(db: TestDatabase & { admin: pg.Client }, user: ApiUser) {
  const task = must(await user.client.createTask(user.userId, { title: "held" }));
  const holder = new pg.Client({ connectionString: db.url });
  await holder.connect();
  cleanups.push(() => holder.end());
  await holder.query("begin");
  await holder.query("select 1 from task where id = $1 for update", [task.id]);
  const answer = user
    .raw(`/${task.id}`, {
      method: "PATCH",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ title: "held, then changed" }),
    })
    .then((response) => ({ status: response.status, at: performance.now() }));
  let answeredEarly: number | undefined;
  void answer.then(
    ({ status }) => {
      answeredEarly = status;
    },
    () => {},
  );
  for (const deadline = performance.now() + 15_000; ; await sleep(50)) {
    const { rows } = await db.admin.query<{ n: number }>(
      "select count(*)::int as n from pg_stat_activity where datname = $1 and application_name = $2 and wait_event_type = 'Lock'",
      [db.name, POOL_NAME],
    );
    if ((rows[0]?.n ?? 0) > 0) break;
    if (answeredEarly !== undefined)
      throw new Error(`the PATCH was answered ${answeredEarly} without waiting on the lock`);
    if (performance.now() > deadline) throw new Error("the PATCH did not wait on the held lock within 15 s");
  }
  return { answer, release: () => holder.query("commit") };
}

/** A GET on a connection opened (and kept alive) beforehand: as a proxy sends a request to an instance it knows. */
async function keptAliveConnection(url: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  cleanups.push(() => agent.destroy());
  const get = (path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      http
        .get(`${url}${path}`, { agent, headers }, (response) => {
          let body = "";
          response.on("data", (chunk) => (body += chunk));
          response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
        })
        .on("error", reject);
    });
  await get("/api/health");
  return get;
}

type Outcome = { status: number } | { refused: true } | { failed: string };

it("on SIGTERM under load, answers every request begun (a slow one too), sends streams elsewhere, ends its database sessions, and exits 0 within 10 s", async () => {
  const db = await database();
  const app = await server({ DATABASE_URL: db.url, METRICS_TOKEN });
  const user = await apiUser(app.url);
  const stream = await openEvents(app.url, user);
  const forStream = await keptAliveConnection(app.url);
  const forScrape = await keptAliveConnection(app.url);
  const outcomes: Outcome[] = [];
  let stopped = false;
  cleanups.push(() => {
    stopped = true;
  });
  // Eight clients in a loop over keep-alive connections, as a proxy in front would send them.
  const clients = Array.from({ length: 8 }, async () => {
    while (!stopped) {
      try {
        const response = await user.raw("?limit=100");
        await response.arrayBuffer();
        outcomes.push({ status: response.status });
      } catch (error) {
        const code = (error as { cause?: { code?: string } }).cause?.code;
        // Refused at connect: the request never started (the instance no longer takes connections).
        if (code === "ECONNREFUSED") {
          outcomes.push({ refused: true });
          await sleep(20);
        } else outcomes.push({ failed: `${code ?? ""} ${String(error)}` });
      }
    }
  });
  await sleep(1_500);
  const answeredBefore = outcomes.length;
  expect(await appSessions(db)).toEqual({ [POOL_NAME]: expect.any(Number), [LISTENER_NAME]: 1 });
  const slow = await slowRequest(db, user);

  const { signalledAt, exited } = app.terminate();
  // A stream reconnecting to the stopping instance is sent elsewhere: a restart, not the database's outage.
  const reconnect = await within(
    10_000,
    "the stopping instance's answer to a new stream",
    forStream(`/api/${user.userId}/events`, { Authorization: `Bearer ${user.token}` }),
  );
  const scraped = await within(
    10_000,
    "the stopping instance's metrics",
    forScrape("/api/metrics", { Authorization: `Bearer ${METRICS_TOKEN}` }),
  );
  await sleep(2_500 - (performance.now() - signalledAt));
  await slow.release();
  const { code, ms } = await within(
    15_000,
    () => `the instance to exit; it printed:\n${app.output().slice(-2_000)}`,
    exited,
  );
  await sleep(300);
  stopped = true;
  let ended = 0;
  await within(
    10_000,
    () => `the clients' last requests (${8 - ended} of 8 still waiting)`,
    Promise.all(clients.map((client) => client.then(() => ended++))),
  );

  expect(code).toBe(0);
  expect(ms).toBeLessThan(10_000);
  expect(answeredBefore).toBeGreaterThan(10);
  // The slow request was answered, after the signal, once the lock it waited on was released.
  const answered = await slow.answer;
  expect(answered.status).toBe(200);
  expect(answered.at - signalledAt).toBeGreaterThan(2_000);
  expect(outcomes.filter((outcome) => "failed" in outcome)).toEqual([]);
  const statuses = new Set(outcomes.flatMap((outcome) => ("status" in outcome ? [outcome.status] : [])));
  expect([...statuses]).toEqual([200]);
  expect(outcomes.some((outcome) => "refused" in outcome)).toBe(true);
  // The open stream was told when to come back, then ended; a new one was told to go elsewhere.
  await stream.ended(2_000);
  expect(stream.messages.at(-1)?.retry).toBeGreaterThanOrEqual(500);
  expect([reconnect.status, reconnect.headers["retry-after"]]).toEqual([503, "1"]);
  expect(scraped.status).toBe(200);
  const samples = parseSamples(scraped.body);
  const eventsRoute = { route: "/api/[userId]/events", method: "GET", status: "503" };
  expect(sampleValue(samples, "http_requests_total", eventsRoute)).toBe(1);
  expect(sampleValue(samples, "db_unavailable_total")).toBe(0);
  // Every session of the app's pool and its LISTEN connection ended.
  expect(await appSessions(db)).toEqual({});

  const log = app.output();
  const started = /"event":"shutdown_started","signal":"SIGTERM","inFlight":(\d+)/.exec(log);
  expect(Number(started?.[1])).toBeGreaterThan(0);
  expect(log).toContain('"event":"shutting_down"');
  expect(log).not.toContain('"event":"database_unavailable"');
  expect(log).toMatch(/"event":"reminder_dispatcher_stopped"/);
  expect(log).toMatch(/"event":"shutdown_finished","ms":\d+,"cut":0/);
  // Past the bounds of its waits above, so that a hang fails there, naming what it waited for.
}, 120_000);

it("exits 0 within its bound when the database stops answering, cutting the request still waiting for it", async () => {
  const db = await database();
  const direct = new URL(db.url);
  const proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
  cleanups.push(() => proxy.close());
  const app = await server({
    DATABASE_URL: Object.assign(new URL(db.url), { port: String(proxy.port) }).href,
    REMINDER_DISPATCH_SECONDS: "1",
  });
  const user = await apiUser(app.url);
  const stream = await openEvents(app.url, user);
  // Pooled connections open, and the LISTEN connection (the stream's).
  await Promise.all(Array.from({ length: 4 }, () => user.raw()));
  await expect.poll(() => appSessions(db)).toMatchObject({ [LISTENER_NAME]: 1 });

  proxy.stall();
  const stalled = user.raw().then(
    (response) => response.status,
    () => "cut",
  );
  await sleep(500);
  const { exited } = app.terminate();
  const { code, ms } = await exited;

  expect(code).toBe(0);
  expect(ms).toBeLessThan(SHUTDOWN_TIMELINE.database + 1_000);
  expect(await stalled).toBe("cut");
  await stream.ended(1_000);
  const log = app.output();
  expect(log).toContain('"event":"shutdown_phase_overran"');
  expect(log).toMatch(/"event":"shutdown_finished","ms":\d+,"cut":[1-9]/);
}, 60_000);

it("on SIGTERM the reminder dispatcher starts no pass, finishes the one it is in, and each reminder goes out once", async () => {
  const db = await database();
  const push = await startPushService();
  cleanups.push(() => push.close());
  const env = {
    DATABASE_URL: db.url,
    PUSH_ENDPOINT_HOSTS: "127.0.0.1",
    NODE_EXTRA_CA_CERTS: push.caFile,
    REMINDER_DISPATCH_SECONDS: "1",
  };
  const app = await server(env);
  const { user, device } = await subscribedUser(app.url, push);
  // Reminded in ten minutes; the test makes each due when it wants.
  const later = nextMinute(10 * 60_000);
  const inFlight = await taskRemindedAt(user, "in flight at the signal", later);
  const dueDuringDrain = await taskRemindedAt(user, "due while the requests drain", later);
  const makeDue = (taskId: number, inSeconds: number) =>
    db.admin.query(
      "update reminder set fire_at = now(), next_attempt_at = now() + make_interval(secs => $2) where task_id = $1",
      [taskId, inSeconds],
    );
  const reminded = () =>
    push.received(device.endpoint).map((message) => (message.payload as { taskId: number }).taskId);

  // The push service takes 3 s to answer the first: the pass is sending it when the signal comes.
  push.delayNext(device.endpoint, 3_000);
  await makeDue(inFlight.id, 0);
  await expect.poll(() => push.attempts(device.endpoint), { timeout: 5_000 }).toBe(1);
  // A request holds the drain open for 6 s, past the times of the passes that would follow; the second
  // reminder comes due within them.
  const slow = await slowRequest(db, user);
  await makeDue(dueDuringDrain.id, 1);
  const { signalledAt, exited } = app.terminate();
  await sleep(6_000 - (performance.now() - signalledAt));
  await slow.release();
  const { code } = await exited;

  expect(code).toBe(0);
  expect(reminded()).toEqual([inFlight.id]);
  const { rows } = await db.admin.query<{ task_id: number; state: string; attempts: number }>(
    "select task_id, state, attempts from reminder where task_id = any($1) order by task_id",
    [[inFlight.id, dueDuringDrain.id]],
  );
  expect(rows).toEqual([
    { task_id: inFlight.id, state: "sent", attempts: 1 },
    { task_id: dueDuringDrain.id, state: "pending", attempts: 0 },
  ]);
  const log = app.output();
  expect(log.indexOf('"event":"reminder_dispatcher_stopped","passInFlight":true')).toBeGreaterThan(
    log.indexOf('"event":"shutdown_started"'),
  );

  // The next instance sends the second, and nothing goes out twice.
  const next = await server(env);
  await push.waitFor(device.endpoint, 2, 15_000);
  await sleep(2_000);
  expect(reminded()).toEqual([inFlight.id, dueDuringDrain.id]);
  expect((await next.terminate().exited).code).toBe(0);
}, 90_000);
