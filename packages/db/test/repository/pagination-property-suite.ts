import type { CreateTask } from "@todo/contracts";
import { TASK_PRIORITIES, TASK_SORTS } from "@todo/contracts";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createTask, listTasks } from "../../src/tasks";
import { createUser } from "../create-user";
import type { DatabaseContext } from "./use-database";
import { chunk, walkPages } from "./walk-pages";

// Few distinct values, so that ties are the rule; letters whose case and accents test lower().
const titleArb = fc.string({
  unit: fc.constantFrom("a", "A", "b", "B", "é", "É", "ß", " ", "%", "_", '"'),
  minLength: 1,
  maxLength: 4,
});
const taskArb: fc.Arbitrary<CreateTask> = fc
  .record({
    title: titleArb,
    priority: fc.constantFrom(...TASK_PRIORITIES),
    dueDate: fc.constantFrom(null, "2026-01-01", "2026-01-02", "2026-12-31"),
    // A day's first and last minutes, beside its all-day tasks: ties and neighbours in sort=due's key.
    dueTime: fc.constantFrom(undefined, "00:00", "09:00", "23:59"),
    completed: fc.boolean(),
  })
  .map(({ dueTime, ...task }) => (task.dueDate && dueTime ? { ...task, dueTime } : task));
const caseArb = fc.record({
  // Tasks written in one transaction share createdAt and updatedAt: ties in the time sorts.
  batches: fc.array(fc.array(taskArb, { maxLength: 4 }), { maxLength: 4 }),
  sort: fc.constantFrom(...TASK_SORTS),
  order: fc.constantFrom("asc" as const, "desc" as const),
  limit: fc.integer({ min: 1, max: 5 }),
  status: fc.constantFrom(undefined, "pending" as const),
});

export function describePaginationProperty({ db }: DatabaseContext): void {
  describe("listTasks keyset pagination, on generated data", () => {
    it("returns, page after page, exactly the single-page list, whatever the data, sort and page size", async () => {
      await fc.assert(
        fc.asyncProperty(caseArb, async ({ batches, sort, order, limit, status }) => {
          const userId = await createUser(db());
          for (const batch of batches) {
            await db().transaction(async (tx) => {
              for (const input of batch) await createTask(tx, userId, input);
            });
          }
          const query = { sort, order, status };
          const whole = await listTasks(db(), userId, { ...query, limit: 100 }, { count: true });
          const pages = await walkPages(db(), userId, { ...query, limit });
          const seen = pages.map((page) => ({ rows: page.rows, total: page.total }));
          const expected = chunk(whole.rows, limit).map((rows) => ({ rows, total: whole.total }));
          expect(seen).toEqual(expected.length > 0 ? expected : [{ rows: [], total: 0 }]);
        }),
        { numRuns: 40 },
      );
    });
  });
}
