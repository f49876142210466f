import { describe, expect, it } from "vitest";
import type { Database } from "../../src/client";
import type { TaskRow } from "../../src/schema";
import type { TaskTarget } from "../../src/tasks";
import {
  completeTask,
  createTask,
  deleteTask,
  getTask,
  replaceTask,
  TaskChangedError,
  TaskNotFoundError,
  updateTask,
} from "../../src/tasks";
import { createUser } from "../create-user";
import type { DatabaseContext } from "./use-database";

interface Write {
  name: string;
  run(db: Database, target: TaskTarget): Promise<unknown>;
  /** The task after a successful write, or null once deleted. */
  after(current: TaskRow): TaskRow | null;
}

const changed = { updatedAt: expect.any(Date) };
const writes: Write[] = [
  {
    name: "updateTask",
    run: (db, target) => updateTask(db, target, { title: "Changed" }),
    after: (current) => ({ ...current, ...changed, title: "Changed" }),
  },
  {
    name: "replaceTask",
    run: (db, target) => replaceTask(db, target, { title: "Changed" }),
    after: (current) => ({ ...current, ...changed, title: "Changed", description: "", priority: "none", tags: [] }),
  },
  {
    name: "completeTask",
    run: (db, target) => completeTask(db, target),
    after: (current) => ({ ...current, ...changed, completed: true }),
  },
  { name: "deleteTask", run: (db, target) => deleteTask(db, target), after: () => null },
];

async function readBack(db: Database, userId: string, id: number): Promise<TaskRow | null> {
  try {
    return await getTask(db, userId, id);
  } catch (error) {
    if (error instanceof TaskNotFoundError) return null;
    throw error;
  }
}

export function describePreconditions({ db }: DatabaseContext): void {
  describe.each(writes.map((w) => [w.name, w] as const))("%s with ifUpdatedAt (If-Match)", (_name, write) => {
    it("writes when ifUpdatedAt is the task's current version", async () => {
      const userId = await createUser(db());
      const created = await createTask(db(), userId, { title: "Original", priority: "low", tags: ["a"] });
      const current = await updateTask(db(), { userId, id: created.id }, { description: "Read by the client" });
      await write.run(db(), { userId, id: created.id, ifUpdatedAt: [current.updatedAt] });
      const after = await readBack(db(), userId, created.id);
      expect(after).toEqual(write.after(current));
      if (after) expect(after.updatedAt.getTime()).toBeGreaterThan(current.updatedAt.getTime());
    });

    it("writes when any one of several versions is the current one", async () => {
      const userId = await createUser(db());
      const created = await createTask(db(), userId, { title: "Original", priority: "low", tags: ["a"] });
      const current = await updateTask(db(), { userId, id: created.id }, { description: "Read by the client" });
      await write.run(db(), { userId, id: created.id, ifUpdatedAt: [created.updatedAt, current.updatedAt] });
      expect(await readBack(db(), userId, created.id)).toEqual(write.after(current));
    });

    it("refuses a stale ifUpdatedAt with TaskChangedError and leaves the task unchanged", async () => {
      const userId = await createUser(db());
      const created = await createTask(db(), userId, { title: "Original" });
      const current = await updateTask(db(), { userId, id: created.id }, { priority: "high" });
      const stale = { userId, id: created.id, ifUpdatedAt: [created.updatedAt] };
      await expect(write.run(db(), stale)).rejects.toStrictEqual(new TaskChangedError());
      expect(await getTask(db(), userId, created.id)).toEqual(current);
    });

    it("answers TaskNotFoundError for a task that no longer exists", async () => {
      const userId = await createUser(db());
      const created = await createTask(db(), userId, { title: "Gone" });
      await deleteTask(db(), { userId, id: created.id });
      const target = { userId, id: created.id, ifUpdatedAt: [created.updatedAt] };
      await expect(write.run(db(), target)).rejects.toStrictEqual(new TaskNotFoundError());
    });

    it("answers TaskNotFoundError for another user's task, current or stale version, and never changes it", async () => {
      const owner = await createUser(db());
      const other = await createUser(db());
      const created = await createTask(db(), owner, { title: "Not yours" });
      const current = await updateTask(db(), { userId: owner, id: created.id }, { tags: ["private"] });
      for (const ifUpdatedAt of [current.updatedAt, created.updatedAt]) {
        const target = { userId: other, id: created.id, ifUpdatedAt: [ifUpdatedAt] };
        await expect(write.run(db(), target)).rejects.toStrictEqual(new TaskNotFoundError());
      }
      expect(await getTask(db(), owner, created.id)).toEqual(current);
    });
  });
}
