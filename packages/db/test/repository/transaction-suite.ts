import { describe, expect, it } from "vitest";
import { createTask, deleteTask, getTask, listTasks, TaskNotFoundError, updateTask } from "../../src/tasks";
import { createUser } from "../create-user";
import type { DatabaseContext } from "./use-database";

export function describeTransactions({ db }: DatabaseContext): void {
  describe("db.transaction", () => {
    it("commits every write made inside it", async () => {
      const userId = await createUser(db());
      const [first, second] = await db().transaction(async (tx) => {
        const a = await createTask(tx, userId, { title: "First" });
        const b = await createTask(tx, userId, { title: "Second" });
        return [await updateTask(tx, { userId, id: a.id }, { priority: "high" }), b];
      });
      const page = await listTasks(db(), userId, { sort: "title", order: "asc" }, { count: true });
      expect(page).toEqual({ rows: [first, second], nextCursor: null, total: 2 });
      expect(first?.priority).toBe("high");
    });

    it("rolls every write back when the callback throws, and rethrows its error", async () => {
      const userId = await createUser(db());
      const kept = await createTask(db(), userId, { title: "Kept", tags: ["before"] });
      const failure = new Error("abort the transaction");
      let createdInside: number | undefined;
      await expect(
        db().transaction(async (tx) => {
          createdInside = (await createTask(tx, userId, { title: "Never committed" })).id;
          await updateTask(tx, { userId, id: kept.id }, { title: "Changed", tags: ["during"] });
          await createTask(tx, userId, { title: "Also never committed" });
          throw failure;
        }),
      ).rejects.toBe(failure);
      expect(await listTasks(db(), userId, {}, { count: true })).toEqual({ rows: [kept], nextCursor: null, total: 1 });
      expect(createdInside).toEqual(expect.any(Number));
      await expect(getTask(db(), userId, createdInside as number)).rejects.toStrictEqual(new TaskNotFoundError());
    });

    it("rolls back a delete when a later statement fails", async () => {
      const userId = await createUser(db());
      const kept = await createTask(db(), userId, { title: "Survives" });
      await expect(
        db().transaction(async (tx) => {
          await deleteTask(tx, { userId, id: kept.id });
          await getTask(tx, userId, kept.id);
        }),
      ).rejects.toStrictEqual(new TaskNotFoundError());
      expect(await getTask(db(), userId, kept.id)).toEqual(kept);
    });
  });
}
