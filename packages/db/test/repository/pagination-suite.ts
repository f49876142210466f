import { describe, expect, it } from "vitest";
import type { TaskRow } from "../../src/schema";
import { createTask, InvalidCursorError, listTasks } from "../../src/tasks";
import { createUser } from "../create-user";
import { everySortAndOrder, sortRows } from "./expected-order";
import { seedSortableTasks } from "./seed-tasks";
import type { DatabaseContext } from "./use-database";
import { chunk, walkPages } from "./walk-pages";

function expectedPages(rows: TaskRow[], limit: number, total: number) {
  return chunk(rows, limit).map((page, i, all) => ({ rows: page, total, last: i === all.length - 1 }));
}

export function describePagination({ db }: DatabaseContext): void {
  describe("listTasks keyset pagination", () => {
    it.each(everySortAndOrder)("walks every page of %s %s: each task once, in order", async (sort, order) => {
      const userId = await createUser(db());
      const expected = sortRows(await seedSortableTasks(db(), userId), sort, order);
      for (const limit of [1, 2, 3, 8]) {
        const pages = await walkPages(db(), userId, { sort, order, limit });
        const seen = pages.map((page) => ({ rows: page.rows, total: page.total, last: page.nextCursor === null }));
        expect(seen).toEqual(expectedPages(expected, limit, 8));
      }
    });

    it("pages through a filtered list, total counting only the matches", async () => {
      const userId = await createUser(db());
      const seeded = await seedSortableTasks(db(), userId);
      const pages = await walkPages(db(), userId, { sort: "due", order: "desc", limit: 2, dueAfter: "2026-01-01" });
      const seen = pages.map((page) => ({ rows: page.rows, total: page.total, last: page.nextCursor === null }));
      const expected = sortRows(seeded, "due", "desc").filter(
        (row) => row.dueDate !== null && row.dueDate > "2026-01-01",
      );
      expect(seen).toEqual(expectedPages(expected, 2, 5));
    });

    it.each([
      ["created", "desc", "Newer"],
      ["title", "asc", "aardvark"],
      ["due", "asc", "early"],
      ["priority", "desc", "urgent"],
    ] as const)(
      "stays put on %s %s when tasks are inserted before the cursor between pages",
      async (sort, order, title) => {
        const userId = await createUser(db());
        const expected = sortRows(await seedSortableTasks(db(), userId), sort, order);
        const pages = await walkPages(db(), userId, { sort, order, limit: 3 }, async () => {
          await createTask(db(), userId, { title, priority: "high", dueDate: "2025-12-31" });
        });
        const seen = pages.map((page) => ({ rows: page.rows, total: page.total, last: page.nextCursor === null }));
        expect(seen).toEqual([
          { rows: expected.slice(0, 3), total: 8, last: false },
          { rows: expected.slice(3, 6), total: 9, last: false },
          { rows: expected.slice(6), total: 10, last: true },
        ]);
      },
    );

    it("refuses a cursor that is not one it handed out with InvalidCursorError", async () => {
      const userId = await createUser(db());
      await seedSortableTasks(db(), userId);
      const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
      const cursors = [
        "not a cursor",
        forged({ sort: "title" }),
        forged(["title", "asc", null, 3]),
        forged(["title", "asc", "apple", 0]),
        forged(["title", "asc", "apple", 1.5]),
        forged(["title", "asc", "x".repeat(513), 3]),
      ];
      for (const cursor of cursors) {
        await expect(listTasks(db(), userId, { sort: "title", order: "asc", cursor })).rejects.toStrictEqual(
          new InvalidCursorError(),
        );
      }
    });

    it.each([
      ["created", "desc", "0000-01-01 00:00:00+00"],
      ["updated", "asc", "0000-12-31 23:59:59.999+00"],
      ["due", "desc", "0000-01-01 00:00:00"],
      ["title", "desc", "\u0000"],
      ["title", "asc", "a\ud800"],
    ] as const)(
      "refuses a %s %s cursor whose key the database could not read (%j) with InvalidCursorError",
      async (sort, order, key) => {
        const userId = await createUser(db());
        await seedSortableTasks(db(), userId);
        const cursor = Buffer.from(JSON.stringify([sort, order, key, 1])).toString("base64url");
        await expect(listTasks(db(), userId, { sort, order, cursor })).rejects.toStrictEqual(new InvalidCursorError());
      },
    );

    it("refuses a cursor from another sort or order with InvalidCursorError", async () => {
      const userId = await createUser(db());
      await seedSortableTasks(db(), userId);
      const { nextCursor } = await listTasks(db(), userId, { sort: "title", order: "asc", limit: 2 });
      expect(nextCursor).toEqual(expect.any(String));
      const cursor = nextCursor ?? "";
      for (const [sort, order] of everySortAndOrder.filter(([s, o]) => s !== "title" || o !== "asc")) {
        await expect(listTasks(db(), userId, { sort, order, cursor })).rejects.toStrictEqual(new InvalidCursorError());
      }
    });
  });
}
