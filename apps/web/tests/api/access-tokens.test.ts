import path from "node:path";
import { createTodoClient } from "@todo/contracts";
import { type AppServer, startAppServer } from "@todo/test-support/app-server";
import { decodeJwt } from "jose";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { routeHandlers } from "../openapi/support/route-handlers";
import { type ApiUser, apiUser, must } from "../support/api-user";
import { changeOf, openEvents } from "../support/event-stream";
import { expectProblem } from "../support/problems";
import { untilRefused } from "../support/until-refused";
import { WEB_DIR } from "../support/web-dir";

const baseUrl = inject("appUrl");
const databaseUrl = inject("databaseUrl");
const isoDate = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

// A second instance on the same database whose JWTs live 3 seconds, a program's included: a stream's end is seen.
let brief: AppServer;
beforeAll(async () => {
  brief = await startAppServer(WEB_DIR, { DATABASE_URL: databaseUrl, JWT_EXPIRATION: "3s" });
});
afterAll(() => brief?.stop());

async function createToken(user: ApiUser, scope: "read" | "read-write", expiresInDays: number | null = 30) {
  return must(await user.client.createAccessToken(user.userId, { name: `${scope} script`, scope, expiresInDays }));
}

const APP_DIR = path.join(WEB_DIR, "src/app");
/** Every write the API has under `/api/{userId}`, read from its route files: a route added later is in it. */
const USER_WRITES = routeHandlers(APP_DIR, path.join(APP_DIR, "api"), (route) => !route.startsWith("/api/{userId}/"))
  .map((handler) => handler.split(" ") as [string, string])
  .filter(([method]) => !["GET", "HEAD", "OPTIONS"].includes(method));

function exchange(secret: string, url = baseUrl) {
  return fetch(`${url}/api/auth/token/exchange`, {
    method: "POST",
    headers: { Authorization: `Bearer ${secret}` },
  });
}

/** A program holding only an access token: exchanges it, then calls the API with the JWT. */
async function program(secret: string) {
  const response = await exchange(secret);
  expect(response.status).toBe(200);
  const { token, userId } = (await response.json()) as { token: string; userId: string };
  const call = (path: string, init: RequestInit = {}) =>
    fetch(`${baseUrl}/api/${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", ...init.headers },
    });
  return { jwt: token, userId, call, client: createTodoClient({ baseUrl, getToken: () => token }) };
}

describe("personal access tokens", () => {
  it("creates a token shown once, lists it without its secret, and stores only a hash", async () => {
    const user = await apiUser(baseUrl);
    const created = await createToken(user, "read-write", 30);
    expect(created).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: "read-write script",
      scope: "read-write",
      prefix: created.token.slice(0, 15),
      expiresAt: isoDate,
      lastUsedAt: null,
      createdAt: isoDate,
      token: expect.stringMatching(/^todo_pat_[A-Za-z0-9_-]{43}$/),
    });
    expect(Date.parse(created.expiresAt as string) - Date.parse(created.createdAt)).toBeCloseTo(30 * 86_400_000, -4);
    const { token: _secret, ...listed } = created;
    expect(must(await user.client.listAccessTokens(user.userId))).toEqual([listed]);
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    try {
      const { rows } = await admin.query("select * from access_token where id = $1", [created.id]);
      expect(JSON.stringify(rows)).not.toContain(created.token);
      expect(rows[0].secret_hash).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await admin.end();
    }
  });

  it("exchanges a token for a 5-minute JWT carrying its scope, and records the use", async () => {
    const user = await apiUser(baseUrl);
    const created = await createToken(user, "read");
    const response = await exchange(created.token);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body).toEqual({
      token: expect.any(String),
      tokenType: "Bearer",
      expiresIn: 300,
      scope: "read",
      userId: user.userId,
    });
    const claims = decodeJwt(body.token);
    expect(claims).toMatchObject({ sub: user.userId, scope: "read", tid: created.id, iss: baseUrl, aud: baseUrl });
    expect((claims.exp as number) - (claims.iat as number)).toBe(300);
    expect(claims).not.toHaveProperty("email");
    const [listed] = must(await user.client.listAccessTokens(user.userId));
    expect(listed?.lastUsedAt).toEqual(isoDate);
  });

  it("exchanges a token sent with the scheme in any case and more than one space (RFC 9110 § 11.1)", async () => {
    const user = await apiUser(baseUrl);
    const created = await createToken(user, "read");
    for (const scheme of ["bearer ", "BEARER ", "Bearer   "]) {
      const response = await fetch(`${baseUrl}/api/auth/token/exchange`, {
        method: "POST",
        headers: { Authorization: `${scheme}${created.token}` },
      });
      expect([scheme, response.status]).toEqual([scheme, 200]);
    }
  });

  it("a read-write token's program calls every task, list, settings and feed endpoint", async () => {
    const user = await apiUser(baseUrl);
    const { client, userId, call } = await program((await createToken(user, "read-write")).token);
    const list = must(await client.createList(userId, { name: "From a script" }));
    const task = must(await client.createTask(userId, { title: "Scripted", listId: list.id }));
    must(await client.updateTask(userId, task.id, { priority: "high" }));
    must(await client.completeTask(userId, task.id));
    const second = must(await client.createList(userId, { name: "Second" }));
    must(await client.moveList(userId, second.id, { before: list.id }));
    expect(must(await client.listTasks(userId, { status: "all" })).tasks.map((t) => t.title)).toEqual(["Scripted"]);
    must(await client.updateSettings(userId, { timeZone: "Asia/Tokyo" }));
    expect((await call(`${userId}/changes?since=0`)).status).toBe(200);
    expect(
      (await call(`${userId}/tasks/quick`, { method: "POST", body: JSON.stringify({ text: "Call mum" }) })).status,
    ).toBe(201);
    // The user sees what the program did.
    expect(must(await user.client.getTask(user.userId, task.id))).toMatchObject({ priority: "high", completed: true });
    expect((await client.deleteTask(userId, task.id)).ok).toBe(true);
    expect((await user.client.getTask(user.userId, task.id)).ok).toBe(false);
  });

  it("a read token reads everything, and every write is 403 problem+json that changes nothing", async () => {
    const user = await apiUser(baseUrl);
    const task = must(await user.client.createTask(user.userId, { title: "Mine" }));
    const { call, client, userId } = await program((await createToken(user, "read")).token);
    expect(must(await client.listTasks(userId)).tasks.map((t) => t.id)).toEqual([task.id]);
    expect(must(await client.getTask(userId, task.id)).title).toBe("Mine");
    expect(must(await client.listLists(userId)).map((l) => l.name)).toEqual(["Inbox"]);
    expect(must(await client.getSettings(userId)).timeZone).toBe("UTC");
    expect((await call(`${userId}/changes?since=0`)).status).toBe(200);
    const list = must(await user.client.createList(user.userId, { name: "Kept" }));
    // Every write, found in the route files; a few named here so that an empty list cannot pass.
    expect(USER_WRITES).toEqual(
      expect.arrayContaining([
        ["POST", "/api/{userId}/tasks/{id}/move"],
        ["DELETE", "/api/{userId}/tasks/{id}/completions/{completionId}"],
        ["PATCH", "/api/{userId}/lists/{id}"],
        ["DELETE", "/api/{userId}/push-subscriptions"],
        ["POST", "/api/{userId}/push-subscriptions/test"],
        ["POST", "/api/{userId}/import"],
      ]),
    );
    for (const [method, route] of USER_WRITES) {
      const url = route
        .replace("{userId}", userId)
        .replace("{completionId}", "1")
        .replace("{id}", String(route.includes("/lists/") ? list.id : task.id))
        .replace(/^\/api\//, "");
      const response = await call(url, { method, body: JSON.stringify({ title: "nope", name: "nope" }) });
      await expectProblem(response, 403, "This access token may only read: its scope is read");
    }
    expect(must(await user.client.getTask(user.userId, task.id)).title).toBe("Mine");
    expect(must(await user.client.listTasks(user.userId)).tasks).toHaveLength(1);
    expect(must(await user.client.listLists(user.userId)).map((l) => l.name)).toEqual(["Inbox", "Kept"]);
    expect(must(await user.client.getSettings(user.userId)).timeZone).toBe("UTC");
  });

  it("never reaches another user's data: user A's token on user B's paths is 403", async () => {
    const a = await apiUser(baseUrl);
    const b = await apiUser(baseUrl);
    const bTask = must(await b.client.createTask(b.userId, { title: "B's secret" }));
    const { call } = await program((await createToken(a, "read-write")).token);
    for (const [method, path] of [
      ["GET", "tasks"],
      ["GET", `tasks/${bTask.id}`],
      ["DELETE", `tasks/${bTask.id}`],
      ["GET", "lists"],
      ["GET", "settings"],
      ["GET", "changes?since=0"],
    ] as const) {
      await expectProblem(await call(`${b.userId}/${path}`, { method }), 403, "This token belongs to another user");
    }
    // On its own path, B's task id is simply not there.
    const own = await call(`${a.userId}/tasks/${bTask.id}`);
    await expectProblem(own, 404, "No such task");
    expect(must(await b.client.getTask(b.userId, bTask.id)).title).toBe("B's secret");
  });

  it("a token's JWT cannot list, create or revoke access tokens (403): only a session manages them", async () => {
    const user = await apiUser(baseUrl);
    const created = await createToken(user, "read-write");
    const { call } = await program(created.token);
    const detail = "Access tokens are managed from a signed-in session, not with an access token";
    await expectProblem(await call(`${user.userId}/access-tokens`), 403, detail);
    await expectProblem(
      await call(`${user.userId}/access-tokens`, {
        method: "POST",
        body: JSON.stringify({ name: "more", scope: "read-write", expiresInDays: null }),
      }),
      403,
      detail,
    );
    await expectProblem(await call(`${user.userId}/access-tokens/${created.id}`, { method: "DELETE" }), 403, detail);
    expect(must(await user.client.listAccessTokens(user.userId))).toHaveLength(1);
  });

  it("a revoked token is refused at exchange (401), and the JWTs it was exchanged for within seconds", async () => {
    const user = await apiUser(baseUrl);
    const created = await createToken(user, "read");
    const { call } = await program(created.token);
    const other = await program((await createToken(user, "read")).token);
    expect((await call(`${user.userId}/tasks`)).status).toBe(200);
    expect((await user.client.revokeAccessToken(user.userId, created.id)).ok).toBe(true);
    expect(must(await user.client.listAccessTokens(user.userId))).toHaveLength(1);
    const refused = await exchange(created.token);
    await expectProblem(refused, 401, "The access token is unknown, revoked or expired");
    expect(refused.headers.get("www-authenticate")).toBe('Bearer realm="todo"');
    // Verified without the database, the JWT in hand is refused once this instance has read the revocation.
    const answer = await untilRefused(() => call(`${user.userId}/tasks`));
    await expectProblem(answer, 401, "The access token this token was exchanged for has been revoked");
    // The user's other token is not touched.
    expect((await other.call(`${user.userId}/tasks`)).status).toBe(200);
  });

  it("a read token's program follows the live stream of changes", async () => {
    const user = await apiUser(baseUrl);
    const { jwt, userId } = await program((await createToken(user, "read")).token);
    const stream = await openEvents(baseUrl, { userId, token: jwt });
    try {
      expect(stream.response.status).toBe(200);
      const task = must(await user.client.createTask(user.userId, { title: "Seen by a script" }));
      expect(JSON.parse((await stream.waitFor(changeOf("task.created", task.id))).data as string)).toMatchObject({
        data: { title: "Seen by a script" },
      });
    } finally {
      stream.close();
    }
  });

  it("a token's live stream ends when its JWT expires (retry: 0), and a revoked token exchanges no more", async () => {
    const user = await apiUser(baseUrl);
    const created = await createToken(user, "read");
    const exchanged = await exchange(created.token, brief.url);
    expect(exchanged.status).toBe(200);
    const { token: jwt, expiresIn } = (await exchanged.json()) as { token: string; expiresIn: number };
    // A program's JWT lives no longer than a session's: JWT_EXPIRATION is 3 s here.
    expect(expiresIn).toBe(3);
    const stream = await openEvents(brief.url, { userId: user.userId, token: jwt });
    try {
      expect(stream.response.status).toBe(200);
      expect((await user.client.revokeAccessToken(user.userId, created.id)).ok).toBe(true);
      const task = must(await user.client.createTask(user.userId, { title: "After the revocation" }));
      // The stream learns of the revocation at its next keep-alive (25 s), after this JWT's 3 s: it ends at its exp.
      await stream.waitFor(changeOf("task.created", task.id), 1_500);
      await stream.ended((decodeJwt(jwt).exp as number) * 1000 - Date.now() + 2_000);
      expect(stream.messages.at(-1)).toMatchObject({ retry: 0 });
    } finally {
      stream.close();
    }
    await expectProblem(
      await exchange(created.token, brief.url),
      401,
      "The access token is unknown, revoked or expired",
    );
  });

  it("refuses an unknown, malformed, missing or expired token at exchange with the same 401", async () => {
    const user = await apiUser(baseUrl);
    const created = await createToken(user, "read", 1);
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query("update access_token set expires_at = now() - interval '1 second' where id = $1", [created.id]);
    await admin.end();
    for (const secret of [created.token, "todo_pat_unknown", "not-a-token", user.token]) {
      await expectProblem(await exchange(secret), 401, "The access token is unknown, revoked or expired");
    }
    await expectProblem(
      await fetch(`${baseUrl}/api/auth/token/exchange`, { method: "POST" }),
      401,
      "Send the access token as Authorization: Bearer todo_pat_…",
    );
    // Nor is an access token itself a bearer JWT for the API.
    expect(
      (await fetch(`${baseUrl}/api/${user.userId}/tasks`, { headers: { Authorization: `Bearer ${created.token}` } }))
        .status,
    ).toBe(401);
  });

  it("checks a new token's fields with 422 at their paths, creating nothing", async () => {
    const user = await apiUser(baseUrl);
    const post = (body: object) =>
      fetch(`${baseUrl}/api/${user.userId}/access-tokens`, {
        method: "POST",
        headers: { Authorization: `Bearer ${user.token}`, "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
    const cases: [object, string][] = [
      [{ name: " ", scope: "read", expiresInDays: 1 }, "name"],
      [{ name: "x", scope: "admin", expiresInDays: 1 }, "scope"],
      [{ name: "x", scope: "read", expiresInDays: 0 }, "expiresInDays"],
      [{ name: "x", scope: "read", expiresInDays: 366 }, "expiresInDays"],
      [{ name: "x", scope: "read" }, "expiresInDays"],
      [{ name: "x", scope: "read", expiresInDays: 1, admin: true }, "admin"],
    ];
    for (const [body, path] of cases) {
      const response = await post(body);
      expect(response.status, JSON.stringify(body)).toBe(422);
      expect(((await response.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual([path]);
    }
    expect(must(await user.client.listAccessTokens(user.userId))).toEqual([]);
  });

  it("revoking another user's token, or an id that is no token, is 404 and revokes nothing", async () => {
    const a = await apiUser(baseUrl);
    const b = await apiUser(baseUrl);
    const bToken = await createToken(b, "read");
    for (const id of [bToken.id, "not-a-uuid", "00000000-0000-4000-8000-000000000000"]) {
      const response = await fetch(`${baseUrl}/api/${a.userId}/access-tokens/${id}`, {
        method: "DELETE",
        headers: { Authorization: `Bearer ${a.token}` },
      });
      await expectProblem(response, 404, "No access token of yours has this id");
    }
    expect((await exchange(bToken.token)).status).toBe(200);
  });
});
