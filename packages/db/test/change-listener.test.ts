import { randomUUID } from "node:crypto";
import { startTcpProxy, type TcpProxy } from "@todo/test-support/tcp-proxy";
import { createTestDatabase, type TestDatabase } from "@todo/test-support/test-database";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listenForChanges, openStreamSlot } from "../src/changes";
import { createDatabase, type DatabaseHandle, LISTENER_NAME } from "../src/client";
import { createInbox } from "../src/lists";
import { migrateUp } from "../src/migrate";
import { createTask } from "../src/tasks";
import { createUser } from "./create-user";

// The listening connection goes through a proxy the test can cut; the writes go straight to PostgreSQL.
describe("the change listener's connection, on PostgreSQL", () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let handle: DatabaseHandle;
  const db = () => handle.db;

  beforeAll(async () => {
    database = await createTestDatabase();
    const direct = new URL(database.url);
    proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    const viaProxy = new URL(database.url);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    handle = createDatabase({ url: database.url, listenUrl: viaProxy.href });
    await migrateUp(handle);
  });
  afterAll(async () => {
    await handle?.close();
    await proxy?.close();
    await database?.drop();
  });

  /** A listener that records what it hears and each time it (re)starts listening or loses its connection. */
  function record() {
    const events: string[] = [];
    const listener = listenForChanges(handle, {
      onChange: (userId) => events.push(`change ${userId}`),
      onResume: () => events.push("listening"),
      onLost: () => events.push("lost"),
    });
    if (!listener) throw new Error("a direct PostgreSQL URL can LISTEN");
    return { events, listener };
  }

  async function watchedUser() {
    const userId = await createUser(db());
    await createInbox(db(), userId);
    await openStreamSlot(db(), { id: randomUUID(), userId }, { max: 10, ttlSeconds: 90 });
    return userId;
  }

  it("comes back by itself when its backend is terminated, and says it listens again", async () => {
    const { events, listener } = record();
    try {
      await expect.poll(() => events, { timeout: 5_000 }).toEqual(["listening"]);
      const userId = await watchedUser();
      const admin = new pg.Client({ connectionString: database.url });
      await admin.connect();
      const { rowCount } = await admin.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and application_name = $2",
        [database.name, LISTENER_NAME],
      );
      await admin.end();
      expect(rowCount).toBe(1);
      await expect.poll(() => events, { timeout: 5_000 }).toEqual(["listening", "lost", "listening"]);
      await createTask(db(), userId, { title: "heard after" });
      await expect.poll(() => events.at(-1), { timeout: 2_000 }).toBe(`change ${userId}`);
    } finally {
      await listener.close();
    }
  });

  it("tries again, waiting longer each time, while the database cannot be reached, and listens once it can", async () => {
    const { events, listener } = record();
    try {
      await expect.poll(() => events, { timeout: 5_000 }).toEqual(["listening"]);
      await proxy.cut();
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      const lost = events.filter((event) => event === "lost").length;
      // The cut, then a few failed attempts: about 0.25, 0.5, 1 s apart (jittered down to half).
      expect(lost).toBeGreaterThanOrEqual(2);
      expect(lost).toBeLessThanOrEqual(7);
      const userId = await watchedUser();
      await proxy.restore();
      await expect.poll(() => events.at(-1), { timeout: 8_000 }).toBe("listening");
      await createTask(db(), userId, { title: "heard after" });
      await expect.poll(() => events.at(-1), { timeout: 2_000 }).toBe(`change ${userId}`);
    } finally {
      await listener.close();
    }
  });

  it("closes for good: no attempt after close", async () => {
    const { events, listener } = record();
    await expect.poll(() => events, { timeout: 5_000 }).toEqual(["listening"]);
    await listener.close();
    await proxy.cut();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await proxy.restore();
    expect(events).toEqual(["listening"]);
  });
});
