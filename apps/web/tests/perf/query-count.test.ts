import { migrateUpAt } from "@todo/db/migrate";
import { signUpWithToken } from "@todo/test-support/accounts";
import { type AppServer, startAppServer } from "@todo/test-support/app-server";
import { createTestDatabase } from "@todo/test-support/test-database";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WEB_DIR } from "../support/web-dir";
import { type CountingProxy, startCountingProxy } from "./counting-proxy";

type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;

// Its own app, whose every statement goes through a counting proxy: no other test's traffic mixes in.
describe("database statements per request", () => {
  let database: TestDatabase;
  let proxy: CountingProxy;
  let app: AppServer;
  let user: { userId: string; token: string };
  let other: { userId: string; token: string };
  let taskId: number;
  let listId: number;

  const tasks = (path = "", init: RequestInit = {}, token = user.token) =>
    fetch(`${app.url}/api/${user.userId}/tasks${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    });

  /** The request's status and the statements it ran, any sent just after its answer included. */
  async function statementsOf(send: () => Promise<Response>) {
    proxy.reset();
    const response = await send();
    await response.arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Not per request: the per-user request limit writes its counts in batches, at most once a second, and the
    // sessions and access tokens ended lately are read every two seconds (revoked-credentials.ts).
    const perRequest = proxy
      .statements()
      .filter((statement) => !/"api_rate_limit"|"revoked_credential"/.test(statement));
    return { status: response.status, statements: perRequest };
  }

  beforeAll(async () => {
    database = await createTestDatabase("todo_queries", { setUp: migrateUpAt });
    proxy = await startCountingProxy(database.url);
    app = await startAppServer(WEB_DIR, { DATABASE_URL: proxy.url });
    [user, other] = [await signUpWithToken(app.url), await signUpWithToken(app.url)];
    for (const title of ["one", "two", "three"]) {
      const created = (await (await tasks("", { method: "POST", body: JSON.stringify({ title }) })).json()) as {
        id: number;
        listId: number;
      };
      ({ id: taskId, listId } = created);
    }
    // The last task gets two subtasks, one completed, so that its counts are not zeros.
    for (const completed of [true, false]) {
      const body = JSON.stringify({ title: "step", parentId: taskId, completed });
      await (await tasks("", { method: "POST", body })).arrayBuffer();
    }
    // The first verification loads the signing keys (once per process); every later one is local.
    await (await tasks()).arrayBuffer();
  });
  afterAll(async () => {
    await app?.stop();
    await proxy?.close();
    await database?.drop();
  });

  it("lists with the page's statement alone by default", async () => {
    const { status, statements } = await statementsOf(() => tasks("?limit=2&sort=title&q=o"));
    expect({ status, statements: statements.length }, statements.join("\n")).toEqual({ status: 200, statements: 1 });
    expect(statements.filter((sql) => /^select count\(\*\)/i.test(sql))).toEqual([]);
  });

  it("lists with two statements, the page and the COUNT behind X-Total-Count, when asked (Prefer: count=exact)", async () => {
    const { status, statements } = await statementsOf(() =>
      fetch(`${app.url}/api/${user.userId}/tasks?limit=2&sort=title&q=o`, {
        headers: { Authorization: `Bearer ${user.token}`, Prefer: "count=exact" },
      }),
    );
    expect({ status, statements: statements.length }, statements.join("\n")).toEqual({ status: 200, statements: 2 });
    expect(statements.filter((sql) => /^select count\(\*\)/i.test(sql))).toHaveLength(1);
  });

  it("lists a later page (through the cursor) with the same one statement", async () => {
    const link = (await tasks("?limit=1")).headers.get("link") ?? "";
    const next = `${app.url}${link.match(/<([^>]+)>/)?.[1]}`;
    const { status, statements } = await statementsOf(() =>
      fetch(next, { headers: { Authorization: `Bearer ${user.token}` } }),
    );
    expect({ status, statements: statements.length }, statements.join("\n")).toEqual({ status: 200, statements: 1 });
  });

  it("lists one list's tasks (?listId=) with the page's statement alone", async () => {
    const { status, statements } = await statementsOf(() => tasks(`?listId=${listId}&limit=2`));
    expect({ status, statements: statements.length }, statements.join("\n")).toEqual({ status: 200, statements: 1 });
  });

  it("lists a list's tasks in manual order, each with its subtasks counted, with the page's statement alone", async () => {
    const { status, statements } = await statementsOf(() => tasks(`?listId=${listId}&sort=manual&limit=2`));
    expect({ status, statements: statements.length }, statements.join("\n")).toEqual({ status: 200, statements: 1 });
    expect(statements[0]).toMatch(/"subtask"/);
  });

  it("lists a task's subtasks (?parentId=) with the page's statement alone", async () => {
    const { status, statements } = await statementsOf(() => tasks(`?parentId=${taskId}&sort=manual`));
    expect({ status, statements: statements.length }, statements.join("\n")).toEqual({ status: 200, statements: 1 });
  });

  it("lists the user's lists, each with its open tasks counted, with one statement", async () => {
    const { status, statements } = await statementsOf(() =>
      fetch(`${app.url}/api/${user.userId}/lists`, { headers: { Authorization: `Bearer ${user.token}` } }),
    );
    expect({ status, statements: statements.length }, statements.join("\n")).toEqual({ status: 200, statements: 1 });
  });

  it("reads one task, its subtasks counted, with one statement", async () => {
    const { status, statements } = await statementsOf(() => tasks(`/${taskId}`));
    expect({ status, statements: statements.length }, statements.join("\n")).toEqual({ status: 200, statements: 1 });
    const body = (await (await tasks(`/${taskId}`)).json()) as { subtasks: unknown };
    expect(body.subtasks).toEqual({ total: 2, completed: 1 });
  });

  it("completes, reopens and toggles a task with two statements each: the occurrence it came to, then the write", async () => {
    for (const body of [{ completed: true }, { completed: false }, undefined]) {
      const { status, statements } = await statementsOf(() =>
        tasks(`/${taskId}/complete`, { method: "PATCH", ...(body && { body: JSON.stringify(body) }) }),
      );
      expect({ status, statements: statements.length }, statements.join("\n")).toEqual({ status: 200, statements: 2 });
      expect(statements[0]).toMatch(/^select /);
      expect(statements[1]).toMatch(/^update "task"/);
    }
  });

  it("verifies a token without the database: another user's valid token is refused with 403 and no statement", async () => {
    expect(await statementsOf(() => tasks("", {}, other.token))).toEqual({ status: 403, statements: [] });
  });

  it("refuses a badly signed token with 401 and no statement", async () => {
    const [header, payload] = user.token.split(".");
    const forged = `${header}.${payload}.${"A".repeat(86)}`;
    expect(await statementsOf(() => tasks("", {}, forged))).toEqual({ status: 401, statements: [] });
  });
});
