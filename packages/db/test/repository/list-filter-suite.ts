import type { ListTasksQuery } from "@todo/contracts";
import { describe, expect, it } from "vitest";
import type { Database } from "../../src/client";
import { listTasks } from "../../src/tasks";
import { createUser } from "../create-user";
import { seedTasks } from "./seed-tasks";
import type { DatabaseContext } from "./use-database";

async function seedFilterable(db: Database, userId: string) {
  const [alpha, beta, gamma, delta, epsilon, zeta, eta, theta] = await seedTasks(db, userId, [
    { title: "Alpha REPORT", priority: "high", tags: ["work"], dueDate: "2026-01-01" },
    {
      title: "beta",
      description: "Write the report",
      completed: true,
      priority: "low",
      tags: ["work", "home"],
      dueDate: "2026-01-02",
    },
    { title: "gamma 100% done", tags: ["home"], dueDate: "2026-01-03" },
    { title: "delta 100 done", completed: true, priority: "high" },
    { title: "epsilon snake_case", priority: "medium", tags: ["Work"] },
    { title: "zeta snakeXcase", description: "no wildcards here" },
    { title: "eta back\\slash", priority: "low" },
    { title: "theta", tags: ["Ärger", "travel", "ΣΑΣ"] },
  ]);
  return { alpha, beta, gamma, delta, epsilon, zeta, eta, theta };
}

export function describeListFilters({ db }: DatabaseContext): void {
  describe("listTasks filters", () => {
    const cases: [string, ListTasksQuery, string[]][] = [
      [
        "lists every task with status all",
        { status: "all" },
        ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"],
      ],
      [
        "keeps pending tasks with status pending",
        { status: "pending" },
        ["alpha", "gamma", "epsilon", "zeta", "eta", "theta"],
      ],
      ["keeps completed tasks with status completed", { status: "completed" }, ["beta", "delta"]],
      ["searches title and description case-insensitively", { q: "rEpOrT" }, ["alpha", "beta"]],
      ["takes % in q literally", { q: "%" }, ["gamma"]],
      ["takes _ in q literally", { q: "snake_" }, ["epsilon"]],
      ["takes a backslash in q literally", { q: "k\\s" }, ["eta"]],
      ["finds nothing for a q that matches nothing", { q: "100%%" }, []],
      ["keeps one priority", { priority: "high" }, ["alpha", "delta"]],
      ["keeps tasks carrying the tag, ignoring case", { tag: "work" }, ["alpha", "beta", "epsilon"]],
      ["keeps tasks carrying the tag, whatever case it is asked in", { tag: "WORK" }, ["alpha", "beta", "epsilon"]],
      ["folds non-ASCII letters as PostgreSQL's lower() does", { tag: "äRGER" }, ["theta"]],
      ["takes ΣΑΣ as σασ, as lower() does: not σας", { tag: "σασ" }, ["theta"]],
      ["finds no σας, which lower() tells from ΣΑΣ", { tag: "σας" }, []],
      ["keeps whole tags only", { tag: "trave" }, []],
      ["searches tags with q, ignoring case", { q: "TRAV" }, ["theta"]],
      ["searches tags with q, a leading # dropped", { q: "#ärg" }, ["theta"]],
      ["searches tags with q, in the middle of a tag", { q: "ork" }, ["alpha", "beta", "epsilon"]],
      ["never matches q across two tags", { q: "rger travel" }, []],
      ["takes a lone # in q as text, never as every tag", { q: "#" }, []],
      ["keeps tasks due strictly before dueBefore", { dueBefore: "2026-01-02" }, ["alpha"]],
      ["keeps tasks due strictly after dueAfter", { dueAfter: "2026-01-02" }, ["gamma"]],
      [
        "combines dueAfter and dueBefore into an open range",
        { dueAfter: "2026-01-01", dueBefore: "2026-01-03" },
        ["beta"],
      ],
      ["combines every filter with AND", { status: "completed", q: "report", priority: "low", tag: "home" }, ["beta"]],
    ];

    it.each(cases)("%s", async (_name, query, names) => {
      const userId = await createUser(db());
      const seeded = await seedFilterable(db(), userId);
      const page = await listTasks(db(), userId, { ...query, sort: "created", order: "asc" }, { count: true });
      const rows = names.map((name) => seeded[name as keyof typeof seeded]);
      expect(page).toEqual({ rows, nextCursor: null, total: rows.length });
    });

    it("lists only the user's own tasks", async () => {
      const userId = await createUser(db());
      const other = await createUser(db());
      await seedFilterable(db(), other);
      const [own] = await seedTasks(db(), userId, [{ title: "Alpha REPORT" }]);
      expect(await listTasks(db(), userId, { q: "report" }, { count: true })).toEqual({
        rows: [own],
        nextCursor: null,
        total: 1,
      });
    });

    it("counts every match in total while returning one page", async () => {
      const userId = await createUser(db());
      const seeded = await seedFilterable(db(), userId);
      const page = await listTasks(
        db(),
        userId,
        { status: "pending", sort: "title", order: "asc", limit: 2 },
        { count: true },
      );
      expect(page).toEqual({ rows: [seeded.alpha, seeded.epsilon], nextCursor: expect.any(String), total: 6 });
    });

    it("leaves total out unless asked to count, with the same page", async () => {
      const userId = await createUser(db());
      await seedFilterable(db(), userId);
      const query = { status: "pending", sort: "title", order: "asc", limit: 2 } as const;
      const counted = await listTasks(db(), userId, query, { count: true });
      expect(counted.total).toBe(6);
      expect(await listTasks(db(), userId, query)).toEqual({ ...counted, total: null });
      expect(await listTasks(db(), userId, query, { count: false })).toEqual({ ...counted, total: null });
    });
  });
}
