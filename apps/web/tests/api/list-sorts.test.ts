import { type SortOrder, TASK_PRIORITIES, type Task, type TaskSort } from "@todo/contracts";
import { describe, expect, inject, it } from "vitest";
import { apiUser, createTasks, must } from "../support/api-user";
import { ids, walkPages } from "../support/walk";

const baseUrl = inject("appUrl");

const inputs = [
  { title: "delta", priority: "low", dueDate: "2026-05-02" },
  { title: "Alpha", priority: "high", dueDate: null },
  { title: "charlie", priority: "none", dueDate: "2026-05-01" },
  { title: "Bravo", priority: "high", dueDate: "2026-05-02" },
  { title: "alpha", priority: "medium", dueDate: null },
  { title: "echo", priority: "low", dueDate: "2026-04-30" },
] as const;

/** The key each sort compares; ties fall to the id, in the same direction. */
const keyOf: Record<Exclude<TaskSort, "due">, (t: Task) => string | number> = {
  created: (t) => Date.parse(t.createdAt),
  updated: (t) => Date.parse(t.updatedAt),
  priority: (t) => TASK_PRIORITIES.indexOf(t.priority),
  title: (t) => t.title.toLowerCase(),
  manual: (t) => t.position,
};

function expectedOrder(tasks: Task[], sort: TaskSort, order: SortOrder): Task[] {
  const sign = order === "asc" ? 1 : -1;
  const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
  if (sort === "due") {
    const dated = tasks.filter((t) => t.dueDate);
    const undated = tasks.filter((t) => !t.dueDate).sort((a, b) => sign * (a.id - b.id));
    dated.sort((a, b) => sign * (compare(a.dueDate as string, b.dueDate as string) || a.id - b.id));
    return [...dated, ...undated];
  }
  const key = keyOf[sort];
  return [...tasks].sort((a, b) => sign * (compare(key(a), key(b)) || a.id - b.id));
}

/** The seeded tasks, some edited afterwards so that updated order differs from created order. */
async function seeded() {
  const user = await apiUser(baseUrl);
  const created = await createTasks(user, [...inputs]);
  for (const index of [2, 0]) {
    const id = (created[index] as Task).id;
    must(await user.client.updateTask(user.userId, id, { description: "touched" }));
  }
  const all = must(await user.client.listTasks(user.userId, { limit: 100 })).tasks;
  return { user, all };
}

describe("list sorts", () => {
  const sorts = ["created", "updated", "due", "priority", "title", "manual"] as const;
  const cases = sorts.flatMap((sort) => (["asc", "desc"] as const).map((order) => [sort, order] as const));

  it.each(cases)("sort=%s order=%s, on one page and page by page", async (sort, order) => {
    const { user, all } = await seeded();
    const expected = ids(expectedOrder(all, sort, order));
    expect(ids(must(await user.client.listTasks(user.userId, { sort, order })).tasks)).toEqual(expected);
    for (const limit of [1, 4]) {
      const { pages } = await walkPages(user, { sort, order, limit });
      expect(ids(pages.flat()), `limit ${limit}`).toEqual(expected);
    }
  });

  it("defaults to newest first", async () => {
    const { user, all } = await seeded();
    expect(ids(all)).toEqual(ids(expectedOrder(all, "created", "desc")));
    expect(must(await user.client.listTasks(user.userId, { sort: "created" })).tasks).toEqual(all);
  });

  it("orders priority by rank (high above medium above low above none), not alphabetically", async () => {
    const { user } = await seeded();
    const tasks = must(await user.client.listTasks(user.userId, { sort: "priority", order: "desc" })).tasks;
    expect(tasks.map((t) => t.priority)).toEqual(["high", "high", "medium", "low", "low", "none"]);
  });

  it("orders titles case-insensitively", async () => {
    const { user } = await seeded();
    const tasks = must(await user.client.listTasks(user.userId, { sort: "title", order: "asc" })).tasks;
    expect(tasks.map((t) => t.title)).toEqual(["Alpha", "alpha", "Bravo", "charlie", "delta", "echo"]);
  });
});
