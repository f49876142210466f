import type { Task } from "@todo/contracts";
import { describe, expect, inject, it } from "vitest";
import { apiUser, createTasks, must } from "../support/api-user";
import { ids, walkPages } from "../support/walk";

const baseUrl = inject("appUrl");
const titles = (n: number, prefix = "task") => Array.from({ length: n }, (_, i) => ({ title: `${prefix} ${i}` }));

describe("walking pages with the next cursor", () => {
  it("returns every task exactly once, newest first, with the full total on each page", async () => {
    const user = await apiUser(baseUrl);
    const created = await createTasks(user, titles(7));
    const { pages, totals } = await walkPages(user, { limit: 3 });
    expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(pages.flat()).toEqual([...created].reverse());
    expect(totals).toEqual([7, 7, 7]);
  });

  it("ends with no next cursor when the last page is exactly full", async () => {
    const user = await apiUser(baseUrl);
    await createTasks(user, titles(4));
    const { pages } = await walkPages(user, { limit: 2 });
    expect(pages.map((p) => p.length)).toEqual([2, 2]);
  });

  it("keeps the filters on every page", async () => {
    const user = await apiUser(baseUrl);
    const created = await createTasks(
      user,
      Array.from({ length: 6 }, (_, i) => ({ title: `t${i}`, completed: i % 2 === 0 })),
    );
    const { pages, totals } = await walkPages(user, { status: "pending", limit: 2, sort: "title", order: "asc" });
    expect(ids(pages.flat())).toEqual(ids(created.filter((t) => !t.completed)));
    expect(totals).toEqual([3, 3]);
  });

  it("newest first: tasks added during the walk land before the cursor, never repeated and causing no skips", async () => {
    const user = await apiUser(baseUrl);
    const original = await createTasks(user, titles(10, "original"));
    // Another writer (a second tab) inserts two tasks between every two pages the walker fetches.
    const addTwo = () => Promise.all([1, 2].map(() => user.client.createTask(user.userId, { title: "new" })));
    const { pages, totals } = await walkPages(user, { limit: 3 }, addTwo);
    expect(ids(pages.flat())).toEqual(ids([...original].reverse()));
    expect(totals).toEqual([10, 12, 14, 16]);
  });

  it("newest first: inserts racing each page request change nothing in the walk", async () => {
    const user = await apiUser(baseUrl);
    const original = await createTasks(user, titles(9, "original"));
    const first = must(await user.client.listTasks(user.userId, { limit: 2 }));
    const walked: Task[] = [...first.tasks];
    for (let cursor = first.nextCursor; cursor !== null; ) {
      const [page] = await Promise.all([
        user.client.listTasks(user.userId, { limit: 2, cursor }),
        user.client.createTask(user.userId, { title: "racer" }),
      ]);
      walked.push(...must(page).tasks);
      cursor = must(page).nextCursor;
    }
    expect(ids(walked)).toEqual(ids([...original].reverse()));
  });

  it("oldest first: tasks added during the walk come once each, at the end", async () => {
    const user = await apiUser(baseUrl);
    const original = await createTasks(user, titles(5, "original"));
    const added: Task[] = [];
    const { pages } = await walkPages(user, { sort: "created", order: "asc", limit: 2 }, async () => {
      if (added.length < 4) added.push(...(await createTasks(user, titles(2, "new"))));
    });
    expect(ids(pages.flat())).toEqual(ids([...original, ...added]));
  });
});

describe("sort=due pages", () => {
  const dues = ["2026-03-01", null, "2026-01-01", null, "2026-02-01", "2026-01-01", null, "2026-03-01"];

  it.each(["asc", "desc"] as const)("%s: dated tasks in order, ties by id, then every undated task", async (order) => {
    const user = await apiUser(baseUrl);
    const created = await createTasks(
      user,
      dues.map((dueDate, i) => ({ title: `due ${i}`, dueDate })),
    );
    const sign = order === "asc" ? 1 : -1;
    const dated = created
      .filter((t) => t.dueDate !== null)
      .sort((a, b) => sign * ((a.dueDate as string).localeCompare(b.dueDate as string) || a.id - b.id));
    const undated = created.filter((t) => t.dueDate === null).sort((a, b) => sign * (a.id - b.id));
    for (const limit of [1, 2, 3, 100]) {
      const { pages } = await walkPages(user, { sort: "due", order, limit });
      expect(ids(pages.flat()), `limit ${limit}`).toEqual(ids([...dated, ...undated]));
    }
  });
});
