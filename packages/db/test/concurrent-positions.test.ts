import { createTestDatabase, type TestDatabase } from "@todo/test-support/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type DatabaseHandle } from "../src/client";
import { createList, listLists, moveList } from "../src/lists";
import { migrateUp } from "../src/migrate";
import { createTask, listTasks, moveTask } from "../src/tasks";
import { createUser } from "./create-user";

const distinct = (keys: string[]) => new Set(keys).size === keys.length;

// Real PostgreSQL, a pool of connections: the writes truly run at once, each reading its neighbours before writing.
describe("positions under concurrent writes, on PostgreSQL", () => {
  let database: TestDatabase;
  let handle: DatabaseHandle;
  const db = () => handle.db;

  beforeAll(async () => {
    database = await createTestDatabase();
    handle = createDatabase({ url: database.url, poolMax: 12 });
    await migrateUp(handle);
  });
  afterAll(async () => {
    await handle?.close();
    await database?.drop();
  });

  async function listOf(size: number) {
    const userId = await createUser(db());
    const { id: listId } = await createList(db(), userId, { name: "Busy" });
    for (let i = 0; i < size; i++) await createTask(db(), userId, { title: `t${i}`, listId });
    const order = async () => (await listTasks(db(), userId, { listId, sort: "manual", limit: 100 })).rows;
    return { userId, listId, order };
  }

  it("moves of many tasks after one anchor at once give distinct keys, each right after the anchor, the rest in order", async () => {
    const { userId, order } = await listOf(24);
    const before = await order();
    const anchor = before[3]?.id as number;
    const moved = before.slice(10).map((t) => t.id);
    await Promise.all(moved.map((id) => moveTask(db(), { userId, id }, { after: anchor })));
    const after = await order();
    const ids = after.map((t) => t.id);
    const block = ids.slice(4, 4 + moved.length);
    expect({
      distinct: distinct(after.map((t) => t.position)),
      block: [...block].sort(),
      rest: ids.filter((id) => !moved.includes(id)),
    }).toEqual({
      distinct: true,
      block: [...moved].sort(),
      rest: before.map((t) => t.id).filter((id) => !moved.includes(id)),
    });
  });

  it("creations and moves to the top at once give distinct keys, every one above the tasks that were there", async () => {
    const { userId, listId, order } = await listOf(6);
    const before = (await order()).map((t) => t.id);
    const writes = [
      ...Array.from({ length: 10 }, (_, i) => createTask(db(), userId, { title: `new ${i}`, listId })),
      ...before.slice(3).map((id) => moveTask(db(), { userId, id }, { listId })),
    ];
    await Promise.all(writes);
    const after = await order();
    expect({
      distinct: distinct(after.map((t) => t.position)),
      tail: after.slice(13).map((t) => t.id),
      count: after.length,
    }).toEqual({ distinct: true, tail: before.slice(0, 3), count: 16 });
  });

  it("moves of many lists before one at once give distinct keys", async () => {
    const userId = await createUser(db());
    const lists = [];
    for (let i = 0; i < 12; i++) lists.push(await createList(db(), userId, { name: `L${i}` }));
    const anchor = lists[0]?.id as number;
    await Promise.all(lists.slice(1).map((l) => moveList(db(), userId, l.id, { before: anchor })));
    // The Inbox (made by this read: the user had none) is first whatever its fixed key: the user's own lists count.
    const after = (await listLists(db(), userId)).filter((l) => !l.isInbox);
    expect({ distinct: distinct(after.map((l) => l.position)), last: after.at(-1)?.id }).toEqual({
      distinct: true,
      last: anchor,
    });
  });
});
