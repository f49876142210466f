import { describe, expect, it } from "vitest";
import { listTasks } from "../../src/tasks";
import { createUser } from "../create-user";
import { everySortAndOrder, sortRows } from "./expected-order";
import { seedSortableTasks } from "./seed-tasks";
import type { DatabaseContext } from "./use-database";

export function describeListSort({ db }: DatabaseContext): void {
  describe("listTasks sorting", () => {
    it.each(everySortAndOrder)("sorts by %s %s, ties broken by id in the same direction", async (sort, order) => {
      const userId = await createUser(db());
      const seeded = await seedSortableTasks(db(), userId);
      const page = await listTasks(db(), userId, { sort, order }, { count: true });
      expect(page).toEqual({ rows: sortRows(seeded, sort, order), nextCursor: null, total: 8 });
    });

    it("sorts newest first when no sort is given", async () => {
      const userId = await createUser(db());
      const seeded = await seedSortableTasks(db(), userId);
      const page = await listTasks(db(), userId, {}, { count: true });
      expect(page).toEqual({ rows: sortRows(seeded, "created", "desc"), nextCursor: null, total: 8 });
      expect(page.rows.slice(-3).map((row) => row.title)).toEqual(["apple", "Apple", "banana"]);
    });

    it("puts undated tasks last whether due dates ascend or descend", async () => {
      const userId = await createUser(db());
      await seedSortableTasks(db(), userId);
      const titles = async (order: "asc" | "desc") =>
        (await listTasks(db(), userId, { sort: "due", order })).rows.map((row) => `${row.title} ${row.dueDate}`);
      expect(await titles("asc")).toEqual([
        "date 2026-01-01",
        "apple 2026-01-15",
        "Elder 2026-01-15",
        "banana 2026-02-01",
        "cherry 2026-02-01",
        "fig 2026-03-01",
        "Apple null",
        "Banana null",
      ]);
      expect(await titles("desc")).toEqual([
        "fig 2026-03-01",
        "cherry 2026-02-01",
        "banana 2026-02-01",
        "Elder 2026-01-15",
        "apple 2026-01-15",
        "date 2026-01-01",
        "Banana null",
        "Apple null",
      ]);
    });

    it("sorts priority by rank, none < low < medium < high, not alphabetically", async () => {
      const userId = await createUser(db());
      await seedSortableTasks(db(), userId);
      const page = await listTasks(db(), userId, { sort: "priority", order: "asc" });
      expect(page.rows.map((row) => `${row.priority} ${row.title}`)).toEqual([
        "none Apple",
        "none Banana",
        "none fig",
        "low cherry",
        "low Elder",
        "medium date",
        "high banana",
        "high apple",
      ]);
    });

    it("sorts titles case-insensitively", async () => {
      const userId = await createUser(db());
      await seedSortableTasks(db(), userId);
      const page = await listTasks(db(), userId, { sort: "title", order: "asc" });
      expect(page.rows.map((row) => row.title)).toEqual([
        "Apple",
        "apple",
        "banana",
        "Banana",
        "cherry",
        "date",
        "Elder",
        "fig",
      ]);
    });
  });
}
