import { createTodoClient } from "@todo/contracts";
import { migrateUpAt } from "@todo/db/migrate";
import { type AppServer, startAppServer } from "@todo/test-support/app-server";
import { startTcpProxy, type TcpProxy } from "@todo/test-support/tcp-proxy";
import { createTestDatabase, type TestDatabase } from "@todo/test-support/test-database";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiUser, apiUser, must } from "../support/api-user";
import { changeOf, openEvents } from "../support/event-stream";
import { WEB_DIR } from "../support/web-dir";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let database: TestDatabase;
let proxy: TcpProxy;
// The streams are on `streaming`, whose database connections (its LISTEN one too) go through a proxy the
// tests cut; the writes go through `writing`, straight to PostgreSQL, so they go on meanwhile.
let streaming: AppServer;
let writing: AppServer;

beforeAll(async () => {
  database = await createTestDatabase("todo_faults", { setUp: migrateUpAt });
  const direct = new URL(database.url);
  proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
  const viaProxy = new URL(database.url);
  viaProxy.host = `127.0.0.1:${proxy.port}`;
  streaming = await startAppServer(WEB_DIR, { DATABASE_URL: viaProxy.href });
  writing = await startAppServer(WEB_DIR, { DATABASE_URL: database.url, BETTER_AUTH_URL: streaming.url });
}, 60_000);

afterAll(async () => {
  await streaming?.stop();
  await writing?.stop();
  await proxy?.close();
  await database?.drop();
});

/** A user whose writes go through the writing instance. */
async function writer(): Promise<ApiUser> {
  const user = await apiUser(streaming.url);
  return { ...user, client: createTodoClient({ baseUrl: writing.url, getToken: () => user.token }) };
}

async function sql<T>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

describe("a live stream when its instance loses the database", () => {
  it("when the LISTEN connection is killed, it comes back by itself and misses nothing written meanwhile", async () => {
    const user = await writer();
    const stream = await openEvents(streaming.url, user);
    try {
      await stream.waitFor((message) => message.id === "1");
      const listeners = () =>
        sql("select pid from pg_stat_activity where datname = $1 and application_name = 'todo-listen'", [
          database.name,
        ]);
      await expect.poll(async () => (await listeners()).length, { timeout: 5_000 }).toBe(1);
      const killed = await sql(
        "select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and application_name = 'todo-listen'",
        [database.name],
      );
      expect(killed).toHaveLength(1);
      // Written while the listener is down: read by the polling meanwhile, or when it listens again.
      const meanwhile = must(await user.client.createTask(user.userId, { title: "meanwhile" }));
      await stream.waitFor(changeOf("task.created", meanwhile.id), 3_000);
      const after = must(await user.client.createTask(user.userId, { title: "after" }));
      await stream.waitFor(changeOf("task.created", after.id), 1_000);
      await stream.waitFor((message) => message.id === "5");
      expect(stream.changes().map((change) => change.seq)).toEqual([2, 3, 4, 5]);
      expect(streaming.output()).toContain('"event":"change_listener_lost"');
    } finally {
      stream.close();
    }
  });

  it("while the database is cut off, the stream stays open; once it is back, it catches up in order", async () => {
    const user = await writer();
    const stream = await openEvents(streaming.url, user);
    try {
      await stream.waitFor((message) => message.id === "1");
      await proxy.cut();
      for (const title of ["a", "b", "c"]) must(await user.client.createTask(user.userId, { title }));
      await sleep(2_000);
      expect(stream.changes()).toEqual([]);
      await proxy.restore();
      await stream.waitFor((message) => message.id === "7", 5_000);
      expect(stream.changes().map((change) => [change.seq, change.type])).toEqual([
        [2, "task.created"],
        [3, "list.updated"],
        [4, "task.created"],
        [5, "list.updated"],
        [6, "task.created"],
        [7, "list.updated"],
      ]);
      // Live again (the 1 s bound itself is events.test.ts's, on a quiet database).
      const after = must(await user.client.createTask(user.userId, { title: "after" }));
      await stream.waitFor(changeOf("task.created", after.id), 2_000);
    } finally {
      stream.close();
    }
  }, 30_000);
});

describe("an instance stopping", () => {
  it("ends its streams on SIGTERM with a retry hint, releases their places, and exits", async () => {
    const stopping = await startAppServer(WEB_DIR, { DATABASE_URL: database.url, BETTER_AUTH_URL: streaming.url });
    const user = await writer();
    const streams = [await openEvents(stopping.url, user), await openEvents(stopping.url, user)];
    await Promise.all(streams.map((stream) => stream.waitFor((message) => message.id === "1")));
    expect(await sql("select id from change_stream where user_id = $1", [user.userId])).toHaveLength(2);
    const started = performance.now();
    await stopping.stop();
    expect(performance.now() - started).toBeLessThan(6_000);
    for (const stream of streams) {
      await stream.ended();
      const last = stream.messages.at(-1);
      expect(last?.retry).toBeGreaterThanOrEqual(500);
      expect(last?.retry).toBeLessThanOrEqual(3_000);
    }
    expect(await sql("select id from change_stream where user_id = $1", [user.userId])).toEqual([]);
  }, 30_000);
});
