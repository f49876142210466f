import type { ListTasksQuery } from "@todo/contracts";
import { createTestDatabase, type TestDatabase } from "@todo/test-support/test-database";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../src/client";
import { endPool } from "../src/client/end-pool";
import { migrateUp } from "../src/migrate";
import { capturingListTasks } from "./plans/capturing-database";
import { explainPlan } from "./plans/explain-plan";
import { seedManyTasks } from "./plans/seed-many-tasks";

// Every list query shape the API can send, first page and a later one (through its cursor).
// Without filters, a page must come in index order from where its cursor points: no Sort, and no Filter but the
// default one skipping subtasks (parentId=none). sort=manual without listId is the exception: no index orders the
// user's top-level tasks across lists (decision 016), and the UI never asks it.
const sorts = (["created", "updated", "due", "priority", "title", "manual"] as const).flatMap((sort) =>
  (["asc", "desc"] as const).map((order): Shape => [`sort=${sort}&order=${order}`, { sort, order }, sort !== "manual"]),
);
// `through`: indexes the plans must read, where the search and tag filters have their own.
type Shape = [name: string, query: ListTasksQuery, indexOrder: boolean, through?: string[]];
const search = ["task_user_description_trgm_idx", "task_user_tags_trgm_idx", "task_user_title_trgm_idx"];
const shapes: Shape[] = [
  ["default (created desc)", {}, true],
  ...sorts,
  ["listId (the user's Inbox)", { listId: 0 }, false],
  ["listId, sort=title", { listId: 0, sort: "title", order: "asc" }, false],
  ["listId, sort=manual", { listId: 0, sort: "manual" }, true],
  ["listId, sort=manual&order=desc", { listId: 0, sort: "manual", order: "desc" }, true],
  ["parentId (a task's subtasks), sort=manual", { parentId: 0, sort: "manual", limit: 10 }, false],
  ["parentId (a task's subtasks)", { parentId: 0, limit: 10 }, false],
  ["parentId=any", { parentId: "any" }, true],
  ["parentId=any, sort=manual", { parentId: "any", sort: "manual" }, false],
  ["q=dentist", { q: "dentist" }, false, search],
  ["q=#travel (tags too)", { q: "#travel" }, false, search],
  ["tag=urgent", { tag: "urgent" }, false, ["task_user_tag_keys_idx"]],
  ["tag=URGENT (ignoring case)", { tag: "URGENT" }, false, ["task_user_tag_keys_idx"]],
  ["status=completed", { status: "completed" }, false],
  ["priority=high", { priority: "high" }, false],
  ["dueAfter and dueBefore, sort=due", { dueAfter: "2026-01-10", dueBefore: "2026-02-20", sort: "due" }, false],
  [
    "every filter at once",
    { status: "pending", q: "the", tag: "home", priority: "low", sort: "title", limit: 10 },
    false,
  ],
];

// Big enough, and one user a small enough share of it, that PostgreSQL's own costs pick the plan.
const USERS = 50;
const PER_USER = 1_000;

describe(`list query plans on PostgreSQL (${USERS * PER_USER} tasks, ${PER_USER} per user, analyzed)`, () => {
  let database: TestDatabase;
  let pool: pg.Pool;
  let userId: string;
  let inboxId: number;
  let parentId: number;

  beforeAll(async () => {
    database = await createTestDatabase("todo_plans");
    const handle = createDatabase({ url: database.url });
    await migrateUp(handle);
    await handle.close();
    pool = new pg.Pool({ connectionString: database.url, max: 2 });
    [userId = ""] = await seedManyTasks(pool, USERS, PER_USER);
    const inbox = await pool.query<{ id: number }>("SELECT id FROM list WHERE user_id = $1 AND is_inbox", [userId]);
    inboxId = inbox.rows[0]?.id ?? 0;
    const parent = await pool.query<{ id: number }>(
      "SELECT parent_id AS id FROM task WHERE user_id = $1 AND parent_id IS NOT NULL GROUP BY 1 HAVING count(*) = 100 LIMIT 1",
      [userId],
    );
    parentId = parent.rows[0]?.id ?? 0;
  });
  afterAll(async () => {
    if (pool) await endPool(pool);
    await database?.drop();
  });

  it.each(shapes)(
    "%s: page and count read task through indexes (no Seq Scan), unfiltered pages in index order",
    async (_, shape, indexOrder, through) => {
      const list = capturingListTasks(pool);
      // `listId: 0` stands for the user's Inbox, `parentId: 0` for a task of theirs with 100 subtasks, known only once seeded.
      const query = {
        ...shape,
        ...(shape.listId === 0 && { listId: inboxId }),
        ...(shape.parentId === 0 && { parentId }),
      };
      const first = await list(userId, query);
      const cursor = first.page.nextCursor;
      expect({ rows: first.page.rows.length, sent: first.sent.length, more: cursor !== null }).toEqual({
        rows: query.limit ?? 50,
        sent: 2,
        more: true,
      });
      const next = await list(userId, { ...query, cursor: cursor ?? undefined });
      for (const sent of [...first.sent, ...next.sent]) {
        const plan = await explainPlan(pool, sent.query, sent.params);
        // The page's statement ends in its limit; both name count( (the page for its tasks' subtasks).
        const isPage = /\blimit \$\d+$/.test(sent.query);
        // A sort=manual page after a cursor reads the cursor task's key once, by its primary key, before the scan (an
        // InitPlan): the key it had before a respacing is the cursor's (list-tasks.ts, manualCursorKey). Nothing else does.
        const readsCursorTask = isPage && query.sort === "manual" && next.sent.includes(sent);
        expect({ query: sent.query, initPlans: plan.initPlans }).toEqual({
          query: sent.query,
          initPlans: readsCursorTask ? ["task_pkey"] : [],
        });
        expect({ query: sent.query, seqScans: plan.seqScans, usesIndex: plan.indexes.length > 0 }).toEqual({
          query: sent.query,
          seqScans: 0,
          usesIndex: true,
        });
        // Every page also reads its tasks' subtask counts, through the parent index.
        const indexes = plan.indexes.filter((index) => index !== "task_parent_position_idx");
        if (through) expect({ query: sent.query, indexes }).toEqual({ query: sent.query, indexes: through });
        if (isPage && indexOrder) {
          // The index gives the order, and the cursor bounds the scan: no sort, no row-by-row filter.
          const filters = plan.filters.filter((filter) => filter !== "(parent_id IS NULL)");
          expect({ query: sent.query, sorts: plan.sorts, filters }).toEqual({
            query: sent.query,
            sorts: 0,
            filters: [],
          });
        }
      }
    },
  );

  // The plans PostgreSQL takes when the text or tag is in many rows: the list's index, each row checked against the
  // stored columns (migrations 0012, 0013), no function called and nothing lowered per row.
  it.each([
    ["a search (a common text)", { q: "dentist" }, ["search_title ~~", "search_description ~~", "search_tags ~~"]],
    ["a tag filter (a common tag)", { tag: "URGENT" }, ["tag_keys @>"]],
  ] as const)(
    "%s walking the list in its order checks stored columns, calling no function per row",
    async (_, query, checks) => {
      const list = capturingListTasks(pool);
      const { sent } = await list(userId, query);
      const page = sent.find((statement) => /\blimit \$\d+$/.test(statement.query));
      if (!page) throw new Error("listTasks sent no page query");
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await client.query("SET LOCAL enable_bitmapscan = off");
        const plan = await explainPlan(client, page.query, page.params);
        const [filter, ...others] = plan.filters.filter((text) => text !== "(parent_id IS NULL)");
        expect(others).toEqual([]);
        for (const check of checks) expect(filter).toContain(check);
        expect(filter).not.toMatch(/task_tag_keys\(|task_tags_text\(|lower\((title|description|tags)|~~\*/);
      } finally {
        await client.query("ROLLBACK");
        client.release();
      }
    },
  );
});
