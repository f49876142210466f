import type { Change, List, Task } from "@todo/contracts";
import { createDatabase, pruneChanges } from "@todo/db";
import fc from "fast-check";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { type ApiUser, apiUser, must } from "../support/api-user";
import { expectProblem } from "../support/problems";

const baseUrl = inject("appUrl");
const databaseUrl = inject("databaseUrl");

function changes(user: ApiUser, query = "", token = user.token) {
  return fetch(`${baseUrl}/api/${user.userId}/changes${query}`, { headers: { Authorization: `Bearer ${token}` } });
}

async function inboxOf(user: ApiUser): Promise<List> {
  const [inbox] = must(await user.client.listLists(user.userId));
  if (!inbox?.isInbox) throw new Error("the user has no Inbox first");
  return inbox;
}

/** Every task of the user (subtasks too) and every list, as the reads answer them, by id. */
async function everything(user: ApiUser) {
  const tasks: Task[] = [];
  for (let cursor: string | null | undefined; cursor !== null; ) {
    const page = must(await user.client.listTasks(user.userId, { parentId: "any", limit: 100, cursor }));
    tasks.push(...page.tasks);
    cursor = page.nextCursor;
  }
  const lists = must(await user.client.listLists(user.userId));
  const byId = <T extends { id: number }>(rows: T[]) => [...rows].sort((a, b) => a.id - b.id);
  return { tasks: byId(tasks), lists: byId(lists) };
}

describe("GET /api/{userId}/changes", () => {
  it("answers the changes oldest first, each with its task or list as GET answers it now, a deletion with null", async () => {
    const user = await apiUser(baseUrl);
    const inbox = await inboxOf(user);
    const task = must(await user.client.createTask(user.userId, { title: "Buy milk" }));
    const gone = must(await user.client.createList(user.userId, { name: "Gone" }));
    must(await user.client.updateTask(user.userId, task.id, { priority: "high" }));
    must(await user.client.deleteList(user.userId, gone.id));
    const response = await changes(user, "?since=0");
    const now = must(await user.client.getTask(user.userId, task.id));
    const inboxNow = { ...inbox, openTasks: 1 };
    expect({
      status: response.status,
      type: response.headers.get("content-type"),
      cache: response.headers.get("cache-control"),
      body: await response.json(),
    }).toEqual({
      status: 200,
      type: "application/json",
      cache: "no-store",
      body: {
        changes: [
          { seq: 1, type: "list.created", id: inbox.id, data: inboxNow },
          { seq: 2, type: "task.created", id: task.id, data: now },
          { seq: 3, type: "list.updated", id: inbox.id, data: inboxNow },
          // seq 4, the list's creation, is left out: the list is gone.
          { seq: 5, type: "task.updated", id: task.id, data: now },
          { seq: 6, type: "list.deleted", id: gone.id, data: null },
        ],
        next: 6,
        hasMore: false,
      },
    });
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("logs a change of the settings with the settings as GET answers them (no id: one set per user)", async () => {
    const user = await apiUser(baseUrl);
    const { next } = must(await user.client.listChanges(user.userId, { since: "now" }));
    must(await user.client.updateSettings(user.userId, { timeZone: "Asia/Tokyo" }));
    const settings = must(await user.client.getSettings(user.userId));
    expect(settings.timeZone).toBe("Asia/Tokyo");
    expect(must(await user.client.listChanges(user.userId, { since: next })).changes).toEqual([
      { seq: next + 1, type: "settings.updated", id: null, data: settings },
    ]);
  });

  it("pages with limit, next and hasMore; without since from the start; since=now answers only where the log stands", async () => {
    const user = await apiUser(baseUrl);
    const list = must(await user.client.createList(user.userId, { name: "L" }));
    for (let i = 0; i < 4; i++) must(await user.client.updateList(user.userId, list.id, { name: `L${i}` }));
    const seqs = (page: { changes: Change[] }) => page.changes.map((change) => change.seq);
    const first = must(await user.client.listChanges(user.userId, { limit: 4 }));
    expect({ seqs: seqs(first), next: first.next, hasMore: first.hasMore }).toEqual({
      seqs: [1, 2, 3, 4],
      next: 4,
      hasMore: true,
    });
    const second = must(await user.client.listChanges(user.userId, { since: first.next, limit: 4 }));
    expect({ seqs: seqs(second), next: second.next, hasMore: second.hasMore }).toEqual({
      seqs: [5, 6],
      next: 6,
      hasMore: false,
    });
    expect(must(await user.client.listChanges(user.userId, { since: "now" }))).toEqual({
      changes: [],
      next: 6,
      hasMore: false,
    });
    expect(must(await user.client.listChanges(user.userId, { since: 6 }))).toEqual({
      changes: [],
      next: 6,
      hasMore: false,
    });
  });

  it.each([
    ["?since=-1", "since", "since must be a seq (a whole number, 0 or more) or now"],
    ["?since=1.5", "since", "since must be a seq (a whole number, 0 or more) or now"],
    ["?since=01", "since", "since must be a seq (a whole number, 0 or more) or now"],
    ["?since=9999999999999999", "since", "since is too large"],
    ["?limit=0", "limit", "limit must be at least 1"],
    ["?limit=501", "limit", "limit must be at most 500"],
    ["?limit=ten", "limit", "limit must be a whole number"],
    ["?cursor=abc", "cursor", "Unknown parameter"],
  ])("400 for %s, naming the parameter", async (query, path, message) => {
    const user = await apiUser(baseUrl);
    await expectProblem(await changes(user, query), 400, "Invalid query parameters", [{ path, message }]);
  });

  it("410 for a since the log never reached, and for one below what it pruned; since=now goes on", async () => {
    const user = await apiUser(baseUrl);
    const list = must(await user.client.createList(user.userId, { name: "Old" }));
    must(await user.client.updateList(user.userId, list.id, { name: "Older" }));
    await expectProblem(
      await changes(user, "?since=4"),
      410,
      "The change log has no seq 4: it ends at 3: list the tasks and lists afresh, then go on from since=now",
    );
    // The first two changes are 31 days old, as if the account had been idle since.
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query("update change set created_at = now() - interval '31 days' where user_id = $1 and seq <= 2", [
      user.userId,
    ]);
    await admin.end();
    const handle = createDatabase({ url: databaseUrl });
    try {
      expect(await pruneChanges(handle.db)).toBeGreaterThanOrEqual(2);
    } finally {
      await handle.close();
    }
    await expectProblem(
      await changes(user, "?since=1"),
      410,
      "The change log no longer holds the changes after 1: list the tasks and lists afresh, then go on from since=now",
    );
    expect(await (await changes(user, "?since=2")).json()).toMatchObject({ changes: [{ seq: 3 }], next: 3 });
    expect(await (await changes(user, "?since=now")).json()).toEqual({ changes: [], next: 3, hasMore: false });
  });

  it("401 without a token and 403 for another user's changes, revealing nothing", async () => {
    const [user, other] = [await apiUser(baseUrl), await apiUser(baseUrl)];
    const anonymous = await fetch(`${baseUrl}/api/${user.userId}/changes`);
    await expectProblem(anonymous, 401, "A bearer token is required");
    await expectProblem(await changes(other, "", user.token), 403, "This token belongs to another user");
  });

  it("replayed from 0 by a delta client at any points, ends with exactly the tasks and lists GET answers", async () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant("task" as const), parent: fc.option(fc.nat()), list: fc.nat() }),
      fc.record({ kind: fc.constant("complete" as const), task: fc.nat() }),
      fc.record({ kind: fc.constant("move" as const), task: fc.nat(), list: fc.nat() }),
      fc.record({ kind: fc.constant("delete" as const), task: fc.nat() }),
      fc.record({ kind: fc.constant("list" as const) }),
      fc.record({ kind: fc.constant("deleteList" as const), list: fc.nat() }),
      fc.record({ kind: fc.constant("sync" as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 16 }), async (steps) => {
        const user = await apiUser(baseUrl);
        const tasks = new Map<number, Task>();
        const lists = new Map<number, List>();
        let since = 0;
        const sync = async () => {
          for (let more = true; more; ) {
            const page = must(await user.client.listChanges(user.userId, { since, limit: 3 }));
            for (const change of page.changes) {
              switch (change.type) {
                case "task.deleted":
                  tasks.delete(change.id);
                  break;
                case "list.deleted":
                  lists.delete(change.id);
                  break;
                case "task.created":
                case "task.updated":
                  tasks.set(change.id, change.data);
                  break;
                case "list.created":
                case "list.updated":
                  lists.set(change.id, change.data);
                  break;
                case "settings.updated":
                  break;
              }
            }
            since = page.next;
            more = page.hasMore;
          }
        };
        for (const [n, s] of steps.entries()) {
          const now = await everything(user);
          const at = <T>(rows: T[], i: number) => rows[i % Math.max(rows.length, 1)];
          const task = "task" in s ? at(now.tasks, s.task) : undefined;
          const list = "list" in s ? at(now.lists, s.list) : undefined;
          if (s.kind === "sync") await sync();
          else if (s.kind === "task") {
            const parent =
              s.parent === null
                ? undefined
                : at(
                    now.tasks.filter((t) => t.parentId === null),
                    s.parent,
                  );
            await user.client.createTask(user.userId, {
              title: `t${n}`,
              ...(parent ? { parentId: parent.id } : { listId: list?.id }),
            });
          } else if (s.kind === "complete" && task) await user.client.completeTask(user.userId, task.id);
          else if (s.kind === "move" && task && list)
            await user.client.moveTask(user.userId, task.id, { listId: list.id });
          else if (s.kind === "delete" && task) await user.client.deleteTask(user.userId, task.id);
          else if (s.kind === "list") await user.client.createList(user.userId, { name: `l${n}` });
          else if (s.kind === "deleteList" && list && !list.isInbox) await user.client.deleteList(user.userId, list.id);
        }
        await sync();
        const byId = <T extends { id: number }>(rows: Iterable<T>) => [...rows].sort((a, b) => a.id - b.id);
        expect({ tasks: byId(tasks.values()), lists: byId(lists.values()) }).toEqual(await everything(user));
      }),
      { numRuns: 6 },
    );
  }, 60_000);
});
