import { describe, expect, it } from "vitest";
import { createTask, getTask, replaceTask } from "../../src/tasks";
import { createUser } from "../create-user";
import { everyField, undatedFields } from "./seed-tasks";
import type { DatabaseContext } from "./use-database";

export function describeReplace({ db }: DatabaseContext): void {
  describe("replaceTask (PUT)", () => {
    it("replaces a task, putting every field left out back to its default", async () => {
      const userId = await createUser(db());
      const created = await createTask(db(), userId, everyField);
      const replaced = await replaceTask(db(), { userId, id: created.id }, { title: "File taxes again" });
      expect(replaced).toEqual({
        id: created.id,
        userId,
        listId: created.listId,
        parentId: null,
        position: created.position,
        subtasks: { total: 0, completed: 0 },
        title: "File taxes again",
        description: "",
        completed: false,
        priority: "none",
        tags: [],
        dueDate: null,
        ...undatedFields,
        createdAt: created.createdAt,
        updatedAt: expect.any(Date),
      });
      expect(replaced.updatedAt.getTime()).toBeGreaterThan(created.updatedAt.getTime());
      expect(await getTask(db(), userId, created.id)).toEqual(replaced);
    });

    it("replaces a task, treating a field given as undefined as left out", async () => {
      const userId = await createUser(db());
      const created = await createTask(db(), userId, everyField);
      const input = {
        title: "Rebuilt",
        description: undefined,
        priority: undefined,
        tags: undefined,
        dueDate: undefined,
      };
      const replaced = await replaceTask(db(), { userId, id: created.id }, input);
      expect(replaced).toEqual({
        ...created,
        title: "Rebuilt",
        description: "",
        completed: false,
        priority: "none",
        tags: [],
        dueDate: null,
        updatedAt: expect.any(Date),
      });
    });
  });
}
