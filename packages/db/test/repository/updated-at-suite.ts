import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { task } from "../../src/schema";
import { completeTask, createTask, getTask, replaceTask, updateTask } from "../../src/tasks";
import { createUser } from "../create-user";
import type { DatabaseContext } from "./use-database";

export function describeUpdatedAt({ db }: DatabaseContext): void {
  describe("updatedAt as the task's version", () => {
    it("moves updatedAt forward on every write, even one that changes no value", async () => {
      const userId = await createUser(db());
      const created = await createTask(db(), userId, { title: "Same" });
      const target = { userId, id: created.id };
      const versions = [created.updatedAt.getTime()];
      for (let i = 0; i < 4; i++) {
        versions.push((await updateTask(db(), target, { title: "Same" })).updatedAt.getTime());
        versions.push((await replaceTask(db(), target, { title: "Same" })).updatedAt.getTime());
        versions.push((await completeTask(db(), target, false)).task.updatedAt.getTime());
      }
      const increases = versions.slice(1).map((v, i) => v > (versions[i] as number));
      expect(increases).toEqual(Array(12).fill(true));
    });

    it("adds a millisecond when the clock has not moved past the stored updatedAt", async () => {
      const userId = await createUser(db());
      const { id } = await createTask(db(), userId, { title: "From the future" });
      // A version ahead of the clock stands for many writes within one millisecond.
      const ahead = new Date(Date.now() + 3_600_000);
      await db().update(task).set({ updatedAt: ahead }).where(eq(task.id, id));
      const target = { userId, id };
      const steps = [
        await updateTask(db(), target, { title: "From the future" }),
        await replaceTask(db(), target, { title: "From the future" }),
        (await completeTask(db(), target)).task,
        (await completeTask(db(), target, true)).task,
      ].map((row) => row.updatedAt.getTime() - ahead.getTime());
      expect(steps).toEqual([1, 2, 3, 4]);
    });

    it("gives concurrent writes to one task distinct versions, the last one stored", async () => {
      const userId = await createUser(db());
      const { id } = await createTask(db(), userId, { title: "Busy" });
      const rows = await Promise.all(
        Array.from({ length: 8 }, (_, i) => updateTask(db(), { userId, id }, { description: `write ${i}` })),
      );
      const versions = rows.map((row) => row.updatedAt.getTime());
      expect(new Set(versions).size).toBe(8);
      const latest = rows.find((row) => row.updatedAt.getTime() === Math.max(...versions));
      expect(await getTask(db(), userId, id)).toEqual(latest);
    });
  });
}
