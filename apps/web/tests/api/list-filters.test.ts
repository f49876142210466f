import type { ListTasksQuery, Task } from "@todo/contracts";
import { describe, expect, inject, it } from "vitest";
import { apiUser, createTasks, must } from "../support/api-user";

const baseUrl = inject("appUrl");

/** Five tasks, created in this order; the tests name them by key. */
const seed = {
  milk: {
    title: "Buy MILK",
    description: "from the store",
    priority: "high",
    tags: ["home", "errand"],
    dueDate: "2026-03-10",
  },
  call: {
    title: "Call mom",
    description: "about the Milkshake",
    completed: true,
    priority: "low",
    tags: ["family"],
    dueDate: "2026-03-15",
  },
  report: { title: "Write report", priority: "medium", tags: ["work"] },
  rent: {
    title: "Pay rent",
    description: "monthly",
    completed: true,
    priority: "high",
    tags: ["home"],
    dueDate: "2026-03-01",
  },
  bug: { title: "Fix 100% bug_1", tags: ["work", "urgent"], dueDate: "2026-03-10" },
} as const;
type Key = keyof typeof seed;

async function seeded() {
  const user = await apiUser(baseUrl);
  const keys = Object.keys(seed) as Key[];
  const tasks = await createTasks(
    user,
    keys.map((k) => seed[k]),
  );
  const byKey = Object.fromEntries(keys.map((k, i) => [k, tasks[i]])) as Record<Key, Task>;
  return { user, byKey };
}

describe("list filters", () => {
  it.each<[string, ListTasksQuery, Key[]]>([
    ["no filter: everything, newest first", {}, ["bug", "rent", "report", "call", "milk"]],
    ["status=all", { status: "all" }, ["bug", "rent", "report", "call", "milk"]],
    ["q in the title, any case", { q: "milk" }, ["call", "milk"]],
    ["q in upper case", { q: "MILKSHAKE" }, ["call"]],
    ["q in the description only", { q: "MONTHLY" }, ["rent"]],
    ["q trimmed", { q: "  rent  " }, ["rent"]],
    ["q with % taken literally", { q: "100%" }, ["bug"]],
    ["q with _ taken literally", { q: "g_1" }, ["bug"]],
    ["q matching nothing", { q: "zebra" }, []],
    ["status=pending", { status: "pending" }, ["bug", "report", "milk"]],
    ["status=completed", { status: "completed" }, ["rent", "call"]],
    ["priority=high", { priority: "high" }, ["rent", "milk"]],
    ["priority=none", { priority: "none" }, ["bug"]],
    ["tag=home", { tag: "home" }, ["rent", "milk"]],
    ["tag matches whole tags only", { tag: "hom" }, []],
    ["dueBefore is exclusive", { dueBefore: "2026-03-10" }, ["rent"]],
    ["dueAfter is exclusive", { dueAfter: "2026-03-10" }, ["call"]],
    ["dueAfter and dueBefore together", { dueAfter: "2026-03-01", dueBefore: "2026-03-15" }, ["bug", "milk"]],
    ["an empty due range", { dueAfter: "2026-03-10", dueBefore: "2026-03-11" }, []],
    ["q and status", { q: "milk", status: "pending" }, ["milk"]],
    ["tag, priority and status", { tag: "home", priority: "high", status: "completed" }, ["rent"]],
    ["tag and dueBefore", { tag: "work", dueBefore: "2026-04-01" }, ["bug"]],
    ["q, tag and priority that exclude each other", { q: "rent", tag: "work" }, []],
  ])("%s", async (_name, query, expected) => {
    const { user, byKey } = await seeded();
    const page = must(await user.client.listTasks(user.userId, query, { count: true }));
    expect(page).toEqual({ tasks: expected.map((k) => byKey[k]), total: expected.length, nextCursor: null });
    expect(user.lastResponse().headers.get("x-total-count")).toBe(String(expected.length));
  });

  it("counts every match in X-Total-Count, not just the page", async () => {
    const { user, byKey } = await seeded();
    const page = must(await user.client.listTasks(user.userId, { status: "pending", limit: 1 }, { count: true }));
    expect(page).toEqual({ tasks: [byKey.bug], total: 3, nextCursor: expect.any(String) });
  });

  it("never leaks another user's matching task into a search", async () => {
    const { user } = await seeded();
    const other = await apiUser(baseUrl);
    await createTasks(other, [{ title: "Buy milk too" }]);
    expect(must(await other.client.listTasks(other.userId, { q: "milk" }, { count: true })).total).toBe(1);
    expect(must(await user.client.listTasks(user.userId, { q: "milk" }, { count: true })).total).toBe(2);
  });
});
