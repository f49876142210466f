import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createList } from "../src/lists";
import { task } from "../src/schema";
import { createTask, getTask, moveTask, updateTask } from "../src/tasks";
import { createUser } from "./create-user";
import { waitForLockWaiters } from "./lock-waiters";
import { queryRows } from "./query-rows";
import { useDatabase } from "./repository/use-database";
import { testDrivers } from "./test-drivers";

// A pool of connections to PostgreSQL (PGlite has one, so nothing there runs at once): a subtask added under a task
// while that task is being made a subtask itself, or moved to another list, must end up one level deep and in its
// parent's list, whichever comes first.
describe.each(testDrivers.filter((driver) => driver.name !== "pglite"))(
  "subtasks under concurrent writes, on $name",
  (driver) => {
    const { db } = useDatabase(driver);

    /**
     * A subtask written under `parentId` by a transaction that holds the parent's lock (as adding a subtask does)
     * until `write` has come to wait for that lock, then commits: the order in which `write` reads nothing of it
     * in the statement that waited.
     */
    async function subtaskAddedWhileWaiting<T>(
      userId: string,
      parent: { id: number; listId: number },
      write: () => Promise<T>,
    ) {
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let locked = () => {};
      const lockTaken = new Promise<void>((resolve) => {
        locked = resolve;
      });
      const adder = db().transaction(async (tx) => {
        await tx.execute(sql`select id from ${task} where id = ${parent.id} for no key update`);
        locked();
        await held;
        await tx
          .insert(task)
          .values({ userId, listId: parent.listId, parentId: parent.id, title: "Added meanwhile", position: "a0" });
      });
      await lockTaken;
      const written = write().then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => ({ ok: false as const, error }),
      );
      await waitForLockWaiters(db(), 1);
      release();
      await adder;
      return written;
    }

    /** Every subtask of the user's, with its parent's level and list. */
    async function nesting(userId: string) {
      return queryRows<{ title: string; grandparent: number | null; same_list: boolean }>(
        db(),
        sql`select s.title, p.parent_id as grandparent, s.list_id = p.list_id as same_list
          from task s join task p on p.id = s.parent_id where s.user_id = ${userId} order by s.id`,
      );
    }

    it("a task made a subtask while a subtask is added under it: refused, and the subtask stays one level deep", async () => {
      const userId = await createUser(db());
      const parent = await createTask(db(), userId, { title: "Parent" });
      const other = await createTask(db(), userId, { title: "Other" });
      const outcome = await subtaskAddedWhileWaiting(userId, parent, () =>
        updateTask(db(), { userId, id: parent.id }, { parentId: other.id }),
      );
      expect(outcome).toMatchObject({
        ok: false,
        error: { path: "parentId", message: "A task with subtasks cannot become a subtask" },
      });
      expect((await getTask(db(), userId, parent.id)).parentId).toBeNull();
      expect(await nesting(userId)).toEqual([{ title: "Added meanwhile", grandparent: null, same_list: true }]);
    });

    it("a task moved to another list while a subtask is added under it takes that subtask along (PATCH and move)", async () => {
      const userId = await createUser(db());
      const moves = {
        PATCH: (id: number, listId: number) => updateTask(db(), { userId, id }, { listId }),
        move: (id: number, listId: number) => moveTask(db(), { userId, id }, { listId }),
      };
      for (const [name, move] of Object.entries(moves)) {
        const { id: listId } = await createList(db(), userId, { name: `Moved by ${name}` });
        const parent = await createTask(db(), userId, { title: "Parent" });
        const outcome = await subtaskAddedWhileWaiting(userId, parent, () => move(parent.id, listId));
        expect(outcome).toMatchObject({ ok: true, value: { id: parent.id, listId } });
      }
      expect(await nesting(userId)).toEqual([
        { title: "Added meanwhile", grandparent: null, same_list: true },
        { title: "Added meanwhile", grandparent: null, same_list: true },
      ]);
    });

    it("subtasks added and parents re-parented or moved at once, many times over: never two levels, never a list apart", async () => {
      const userId = await createUser(db());
      const { id: elsewhere } = await createList(db(), userId, { name: "Elsewhere" });
      for (let round = 0; round < 20; round++) {
        const parent = await createTask(db(), userId, { title: `P${round}` });
        const other = await createTask(db(), userId, { title: `O${round}` });
        await Promise.allSettled([
          createTask(db(), userId, { title: `S${round}`, parentId: parent.id }),
          round % 2 === 0
            ? updateTask(db(), { userId, id: parent.id }, { parentId: other.id })
            : moveTask(db(), { userId, id: parent.id }, { listId: elsewhere }),
        ]);
      }
      const rows = await nesting(userId);
      expect(rows.filter((row) => row.grandparent !== null || !row.same_list)).toEqual([]);
    });
  },
);
