import { describe, expect, it } from "vitest";
import type { Database } from "../../src/client";
import type { TaskRow } from "../../src/schema";
import type { TaskTarget, TaskWithSubtasks } from "../../src/tasks";
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

/** The version a client holding this row names in `If-Match` (its ETag's parts). */
const versionOf = ({ updatedAt, subtasks }: TaskWithSubtasks) => ({ updatedAt, subtasks });

async function readBack(db: Database, userId: string, id: number): Promise<TaskRow | null> {
  try {
    return await getTask(db, userId, id);
  } catch (error) {
    if (error instanceof TaskNotFoundError) return null;
    throw error;
  }
}

export function describePreconditions({ db }: DatabaseContext): void {
  describe.each(writes.map((w) => [w.name, w] as const))("%s with ifMatch (If-Match)", (_name, write) => {
    it("writes when ifMatch is the task's current version", async () => {
      const userId = await createUser(db());
      const created = await createTask(db(), userId, { title: "Original", priority: "low", tags: ["a"] });
      const current = await updateTask(db(), { userId, id: created.id }, { description: "Read by the client" });
      await write.run(db(), { userId, id: created.id, ifMatch: [versionOf(current)] });
      const after = await readBack(db(), userId, created.id);
      expect(after).toEqual(write.after(current));
      if (after) expect(after.updatedAt.getTime()).toBeGreaterThan(current.updatedAt.getTime());
    });

    it("writes when any one of several versions is the current one", async () => {
      const userId = await createUser(db());
      const created = await createTask(db(), userId, { title: "Original", priority: "low", tags: ["a"] });
      const current = await updateTask(db(), { userId, id: created.id }, { description: "Read by the client" });
      await write.run(db(), { userId, id: created.id, ifMatch: [versionOf(created), versionOf(current)] });
      expect(await readBack(db(), userId, created.id)).toEqual(write.after(current));
    });

    it("refuses a stale ifMatch with TaskChangedError and leaves the task unchanged", async () => {
      const userId = await createUser(db());
      const created = await createTask(db(), userId, { title: "Original" });
      const current = await updateTask(db(), { userId, id: created.id }, { priority: "high" });
      const stale = { userId, id: created.id, ifMatch: [versionOf(created)] };
      await expect(write.run(db(), stale)).rejects.toStrictEqual(new TaskChangedError());
      expect(await getTask(db(), userId, created.id)).toEqual(current);
    });

    it("answers TaskNotFoundError for a task that no longer exists", async () => {
      const userId = await createUser(db());
      const created = await createTask(db(), userId, { title: "Gone" });
      await deleteTask(db(), { userId, id: created.id });
      const target = { userId, id: created.id, ifMatch: [versionOf(created)] };
      await expect(write.run(db(), target)).rejects.toStrictEqual(new TaskNotFoundError());
    });

    it("answers TaskNotFoundError for another user's task, current or stale version, and never changes it", async () => {
      const owner = await createUser(db());
      const other = await createUser(db());
      const created = await createTask(db(), owner, { title: "Not yours" });
      const current = await updateTask(db(), { userId: owner, id: created.id }, { tags: ["private"] });
      for (const version of [current, created]) {
        const target = { userId: other, id: created.id, ifMatch: [versionOf(version)] };
        await expect(write.run(db(), target)).rejects.toStrictEqual(new TaskNotFoundError());
      }
      expect(await getTask(db(), owner, created.id)).toEqual(current);
    });

    it("refuses a parent's version whose subtasks' counts changed since, and writes at the counts it has now", async () => {
      const userId = await createUser(db());
      const parent = await createTask(db(), userId, { title: "Parent" });
      const subtask = await createTask(db(), userId, { title: "Subtask", parentId: parent.id });
      const read = await getTask(db(), userId, parent.id);
      await completeTask(db(), { userId, id: subtask.id }, true);
      const current = await getTask(db(), userId, parent.id);
      expect({ updatedAt: current.updatedAt, subtasks: current.subtasks }).toEqual({
        updatedAt: read.updatedAt,
        subtasks: { total: 1, completed: 1 },
      });
      const stale = { userId, id: parent.id, ifMatch: [versionOf(read)] };
      await expect(write.run(db(), stale)).rejects.toStrictEqual(new TaskChangedError());
      expect(await getTask(db(), userId, parent.id)).toEqual(current);
      await write.run(db(), { userId, id: parent.id, ifMatch: [versionOf(read), versionOf(current)] });
      const after = await readBack(db(), userId, parent.id);
      expect(after).toEqual(write.after(current));
    });
  });
}
