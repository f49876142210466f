import { describe, expect, it } from "vitest";
import {
  completeTask,
  createTask,
  deleteTask,
  getTask,
  replaceTask,
  TaskNotFoundError,
  updateTask,
} from "../../src/tasks";
import { createUser } from "../create-user";
import { inboxId } from "./inbox-id";
import { everyField, undatedFields } from "./seed-tasks";
import type { DatabaseContext } from "./use-database";

export function describeWrites({ db }: DatabaseContext): void {
  describe("create, get, update, complete, delete", () => {
    it("creates a task from a title alone, every other field at its default", async () => {
      const userId = await createUser(db());
      const row = await createTask(db(), userId, { title: "Buy milk" });
      expect(row).toEqual({
        id: expect.any(Number),
        userId,
        listId: await inboxId(db(), userId),
        parentId: null,
        position: "a0",
        subtasks: { total: 0, completed: 0 },
        title: "Buy milk",
        description: "",
        completed: false,
        priority: "none",
        tags: [],
        dueDate: null,
        ...undatedFields,
        createdAt: expect.any(Date),
        updatedAt: row.createdAt,
      });
      expect(Math.abs(row.createdAt.getTime() - Date.now())).toBeLessThan(10_000);
    });

    it("creates a task with every field set", async () => {
      const userId = await createUser(db());
      const row = await createTask(db(), userId, everyField);
      expect(row).toEqual({
        ...everyField,
        id: expect.any(Number),
        userId,
        listId: await inboxId(db(), userId),
        parentId: null,
        position: "a0",
        subtasks: { total: 0, completed: 0 },
        ...undatedFields,
        createdAt: expect.any(Date),
        updatedAt: row.createdAt,
      });
    });

    it("gets a task back exactly as it was created", async () => {
      const userId = await createUser(db());
      const created = await createTask(db(), userId, everyField);
      expect(await getTask(db(), userId, created.id)).toEqual(created);
    });

    it("hides another user's task from getTask behind TaskNotFoundError", async () => {
      const owner = await createUser(db());
      const other = await createUser(db());
      const created = await createTask(db(), owner, everyField);
      await expect(getTask(db(), other, created.id)).rejects.toStrictEqual(new TaskNotFoundError());
    });

    it("updates only the fields sent", async () => {
      const userId = await createUser(db());
      const created = await createTask(db(), userId, everyField);
      const updated = await updateTask(db(), { userId, id: created.id }, { priority: "low", dueDate: null });
      expect(updated).toEqual({ ...created, priority: "low", dueDate: null, updatedAt: expect.any(Date) });
      expect(updated.updatedAt.getTime()).toBeGreaterThan(created.updatedAt.getTime());
      expect(await getTask(db(), userId, created.id)).toEqual(updated);
    });

    it("toggles completed when no value is given, and sets it when one is", async () => {
      const userId = await createUser(db());
      const { id } = await createTask(db(), userId, { title: "Water plants" });
      const target = { userId, id };
      const states = [
        (await completeTask(db(), target)).task.completed,
        (await completeTask(db(), target)).task.completed,
        (await completeTask(db(), target, true)).task.completed,
        (await completeTask(db(), target, true)).task.completed,
        (await completeTask(db(), target, false)).task.completed,
      ];
      expect(states).toEqual([true, false, true, true, false]);
      expect((await getTask(db(), userId, id)).completed).toBe(false);
    });

    it("deletes a task, after which reading or deleting it again is TaskNotFoundError", async () => {
      const userId = await createUser(db());
      const { id } = await createTask(db(), userId, everyField);
      await expect(deleteTask(db(), { userId, id })).resolves.toBeUndefined();
      await expect(getTask(db(), userId, id)).rejects.toStrictEqual(new TaskNotFoundError());
      await expect(deleteTask(db(), { userId, id })).rejects.toStrictEqual(new TaskNotFoundError());
    });

    it("refuses every write to another user's task with TaskNotFoundError and leaves it unchanged", async () => {
      const owner = await createUser(db());
      const other = await createUser(db());
      const created = await createTask(db(), owner, everyField);
      const target = { userId: other, id: created.id };
      const refusal = new TaskNotFoundError();
      await expect(updateTask(db(), target, { title: "Mine now" })).rejects.toStrictEqual(refusal);
      await expect(replaceTask(db(), target, { title: "Mine now" })).rejects.toStrictEqual(refusal);
      await expect(completeTask(db(), target)).rejects.toStrictEqual(refusal);
      await expect(deleteTask(db(), target)).rejects.toStrictEqual(refusal);
      expect(await getTask(db(), owner, created.id)).toEqual(created);
    });
  });
}
