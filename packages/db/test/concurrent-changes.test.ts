import { randomUUID } from "node:crypto";
import { createTestDatabase, type TestDatabase } from "@todo/test-support/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listChanges, listenForChanges, openStreamSlot } from "../src/changes";
import { createDatabase, type DatabaseHandle } from "../src/client";
import { createInbox } from "../src/lists";
import { migrateUp } from "../src/migrate";
import { completeTask, createTask, updateTask } from "../src/tasks";
import { createUser } from "./create-user";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Real PostgreSQL, a pool of connections: a user's writes truly commit at once, from many connections.
describe("the change log under concurrent writers, on PostgreSQL", () => {
  let database: TestDatabase;
  let handle: DatabaseHandle;
  const db = () => handle.db;

  beforeAll(async () => {
    database = await createTestDatabase();
    handle = createDatabase({ url: database.url, poolMax: 20 });
    await migrateUp(handle);
  });
  afterAll(async () => {
    await handle?.close();
    await database?.drop();
  });

  /** A user with tasks, and `writers` loops writing them (creations, edits, completions) until `stop()`. */
  async function busyUser(writers: number) {
    const userId = await createUser(db());
    await createInbox(db(), userId);
    const ids: number[] = [];
    for (let i = 0; i < 6; i++) ids.push((await createTask(db(), userId, { title: `t${i}` })).id);
    let running = true;
    const loops = Array.from({ length: writers }, async (_, w) => {
      for (let n = 0; running; n++) {
        const id = ids[(w + n) % ids.length] as number;
        if (n % 3 === 0) await createTask(db(), userId, { title: `w${w}-${n}` });
        else if (n % 3 === 1) await updateTask(db(), { userId, id }, { title: `w${w}-${n}` });
        else await completeTask(db(), { userId, id });
      }
    });
    return {
      userId,
      stop: async () => {
        running = false;
        await Promise.all(loops);
      },
    };
  }

  it("commits a user's changes in seq order: a reader polling meanwhile never finds a gap, so never one that fills later", async () => {
    const user = await busyUser(8);
    const pages: number[][] = [];
    let cursor = 0;
    const deadline = Date.now() + 1_500;
    while (Date.now() < deadline) {
      const page = await listChanges(db(), user.userId, { since: cursor, limit: 40 });
      pages.push(page.changes.map((change) => change.seq));
      cursor = page.next;
    }
    await user.stop();
    const gaps = pages.flatMap((seqs, i) => {
      const from = i === 0 ? 0 : (pages.slice(0, i).flat().at(-1) ?? 0);
      return seqs.some((seq, j) => seq !== from + j + 1) ? [seqs] : [];
    });
    const all = (await listChanges(db(), user.userId, { since: 0, limit: 500 })).changes.map((change) => change.seq);
    expect({ gaps, contiguous: all.every((seq, i) => seq === i + 1) }).toEqual({ gaps: [], contiguous: true });
    expect(pages.flat().length).toBeGreaterThan(50);
  });

  it("a stream registered while a write of its user commits either replays the write or hears of it", async () => {
    const heard = new Set<string>();
    let listening: () => void = () => {};
    const started = new Promise<void>((resolve) => {
      listening = resolve;
    });
    const listener = listenForChanges(handle, { onChange: (userId) => heard.add(userId), onResume: () => listening() });
    try {
      await started;
      const missed: string[] = [];
      for (let i = 0; i < 120; i++) {
        const userId = await createUser(db());
        await createInbox(db(), userId);
        const { id } = await createTask(db(), userId, { title: "raced" });
        const jitter = () => sleep(Math.random() * 4);
        const [position] = await Promise.all([
          jitter().then(() => openStreamSlot(db(), { id: randomUUID(), userId }, { max: 10, ttlSeconds: 90 })),
          jitter().then(() => updateTask(db(), { userId, id }, { title: "racing" })),
        ]);
        const { next: head } = await listChanges(db(), userId, { since: "now", limit: 1 });
        if (position.head >= head) continue;
        // The write committed after the registration: it must have been announced.
        const deadline = Date.now() + 1_000;
        while (!heard.has(userId) && Date.now() < deadline) await sleep(20);
        if (!heard.has(userId)) missed.push(userId);
      }
      expect(missed).toEqual([]);
    } finally {
      await listener?.close();
    }
  });
});
