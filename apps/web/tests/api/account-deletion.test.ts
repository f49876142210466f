import { authHeaders, signIn } from "@todo/test-support/accounts";
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { type ApiUser, apiUser, must } from "../support/api-user";
import { type OpenEventStream, openEvents } from "../support/event-stream";
import { pushDevice, subscribe } from "../support/reminder-rig";
import { rowsOfUser } from "../support/user-rows";

const baseUrl = inject("appUrl");
const databaseUrl = inject("databaseUrl");

// Each busy user's live stream (its change_stream row), closed after its test.
const streams: OpenEventStream[] = [];
afterEach(() => {
  for (const stream of streams.splice(0)) stream.close();
});

/** A user with a row in every table a user can have rows in, a live stream open included. */
async function busyUser(): Promise<ApiUser> {
  const user = await apiUser(baseUrl);
  const list = must(await user.client.createList(user.userId, { name: "Errands" }));
  const task = must(await user.client.createTask(user.userId, { title: "Water plants", listId: list.id }));
  must(await user.client.createTask(user.userId, { title: "Repot", parentId: task.id }));
  const daily = must(
    await user.client.createTask(user.userId, {
      title: "Stretch",
      dueDate: "2026-01-01",
      recurrence: { rule: "FREQ=DAILY", from: "due" },
    }),
  );
  must(await user.client.completeTask(user.userId, daily.id, {}));
  must(
    await user.client.createTask(user.userId, {
      title: "Dentist",
      dueDate: "2099-01-01",
      dueTime: "09:00",
      reminders: [{ minutesBefore: 60 }],
    }),
  );
  expect((await subscribe(baseUrl, user, pushDevice())).status).toBe(201);
  must(await user.client.updateSettings(user.userId, { timeZone: "Europe/Paris" }));
  await signIn(baseUrl, user.email, "a wrong password");
  await signIn(baseUrl, user.email, user.password);
  await fetch(`${baseUrl}/api/auth/request-password-reset`, {
    method: "POST",
    headers: authHeaders(baseUrl),
    body: JSON.stringify({ email: user.email, redirectTo: "/reset-password" }),
  });
  const token = await fetch(`${baseUrl}/api/${user.userId}/access-tokens`, {
    method: "POST",
    headers: { Authorization: `Bearer ${user.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ name: "script", scope: "read", expiresInDays: 30 }),
  });
  expect(token.status).toBe(201);
  const stream = await openEvents(baseUrl, user);
  streams.push(stream);
  await stream.waitFor((message) => message.id !== undefined);
  return user;
}

/**
 * The user's rows but the request counters (api_rate_limit), which are written a moment after the requests
 * and gain a row when a new minute begins: what a refused deletion must leave as it was.
 */
async function keptRowsOf(user: ApiUser) {
  const { api_rate_limit: _, ...rows } = await rowsOfUser(databaseUrl, user.userId, user.email);
  return rows;
}

function deleteAccount(user: ApiUser, password?: string) {
  return fetch(`${baseUrl}/api/auth/delete-user`, {
    method: "POST",
    headers: { ...authHeaders(baseUrl), cookie: user.cookie },
    body: JSON.stringify(password === undefined ? {} : { password }),
  });
}

describe("deleting an account", () => {
  it("deletes every row of the user in every table, and not one row of another user", async () => {
    const [doomed, bystander] = [await busyUser(), await busyUser()];
    const before = await rowsOfUser(databaseUrl, doomed.userId, doomed.email);
    const bystanderBefore = await rowsOfUser(databaseUrl, bystander.userId, bystander.email);
    // The user has rows everywhere a user can, so that "none left" below means something.
    for (const [table, count] of Object.entries(before)) expect(count, table).toBeGreaterThan(0);

    const deleted = await deleteAccount(doomed, doomed.password);
    expect(deleted.status).toBe(200);
    expect(await deleted.json()).toEqual({ success: true, message: "User deleted" });
    const after = await rowsOfUser(databaseUrl, doomed.userId, doomed.email);
    expect(after).toEqual(Object.fromEntries(Object.keys(before).map((table) => [table, 0])));
    // (api_rate_limit counts are written a moment after the requests: the bystander's may still grow.)
    const { api_rate_limit: hits, ...bystanderAfter } = await rowsOfUser(
      databaseUrl,
      bystander.userId,
      bystander.email,
    );
    const { api_rate_limit: hitsBefore, ...bystanderRest } = bystanderBefore;
    expect(bystanderAfter).toEqual(bystanderRest);
    expect(hits).toBeGreaterThanOrEqual(hitsBefore as number);
    expect((await signIn(baseUrl, doomed.email, doomed.password)).status).toBe(401);
  });

  it("the count fails on a table it cannot count the user's rows in, rather than skip it", async () => {
    const user = await apiUser(baseUrl);
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    const table = `probe_${user.userId.replaceAll("-", "")}`;
    try {
      await admin.query(`create table ${table} (owner uuid)`);
      await expect(rowsOfUser(databaseUrl, user.userId, user.email)).rejects.toThrow(
        `Table "${table}" has no user_id: count the user's rows in it here, or list it in GLOBAL_TABLES`,
      );
      await admin.query(`alter table ${table} rename column owner to user_id`);
      expect(await rowsOfUser(databaseUrl, user.userId, user.email)).toMatchObject({ [table]: 0, user: 1 });
    } finally {
      await admin.query(`drop table if exists ${table}`);
      await admin.end();
    }
  });

  it("refuses a wrong password with 400 and deletes nothing", async () => {
    const user = await busyUser();
    const before = await keptRowsOf(user);
    const refused = await deleteAccount(user, "not my password");
    expect(refused.status).toBe(400);
    expect((await refused.json()).code).toBe("INVALID_PASSWORD");
    expect(await keptRowsOf(user)).toEqual(before);
  });

  it.each([
    ["no password", undefined],
    ["an empty password", ""],
  ])("refuses a fresh session with %s (400) and deletes nothing", async (_, password) => {
    // Signed in a moment ago: Better Auth itself would delete this account without a password.
    const user = await busyUser();
    const before = await keptRowsOf(user);
    const refused = await deleteAccount(user, password);
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({
      code: "PASSWORD_REQUIRED",
      message: "Enter your password to delete the account",
    });
    expect(await keptRowsOf(user)).toEqual(before);
  });

  it("deletes nothing when any part of the deletion fails: one transaction, rolled back", async () => {
    const user = await busyUser();
    const before = await keptRowsOf(user);
    // A table deleted from last, through the user row's cascade, refuses: the deletes before it must come back.
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    const name = `refuse_${user.userId.replaceAll("-", "")}`;
    try {
      await admin.query(
        `create function ${name}() returns trigger language plpgsql as $$ begin raise exception 'refused by the test'; end $$`,
      );
      await admin.query(
        `create trigger ${name} before delete on task for each row when (old.user_id = '${user.userId}') execute function ${name}()`,
      );
      const failed = await deleteAccount(user, user.password);
      expect(failed.status).toBe(500);
    } finally {
      await admin.query(`drop trigger if exists ${name} on task`);
      await admin.query(`drop function if exists ${name}()`);
      await admin.end();
    }
    expect(await keptRowsOf(user)).toEqual(before);
    expect((await signIn(baseUrl, user.email, user.password)).status).toBe(200);
  });

  it("refuses without a session (401), whatever the body says", async () => {
    const user = await busyUser();
    const refused = await fetch(`${baseUrl}/api/auth/delete-user`, {
      method: "POST",
      headers: authHeaders(baseUrl),
      body: JSON.stringify({ password: user.password }),
    });
    expect(refused.status).toBe(401);
    expect(await rowsOfUser(databaseUrl, user.userId, user.email)).toMatchObject({ user: 1 });
  });

  it("a JWT issued before the deletion is refused 401, reads and writes alike, storing nothing", async () => {
    const user = await busyUser();
    expect((await deleteAccount(user, user.password)).status).toBe(200);
    const read = await user.raw("");
    const write = await user.raw("", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ title: "after" }),
    });
    for (const answer of [read, write]) {
      expect(answer.status).toBe(401);
      expect((await answer.json()).detail).toBe("The account this token was issued for no longer exists");
    }
    const lists = await fetch(`${baseUrl}/api/${user.userId}/lists`, {
      headers: { Authorization: `Bearer ${user.token}` },
    });
    expect(lists.status).toBe(401);
    expect(await rowsOfUser(databaseUrl, user.userId, user.email)).toMatchObject({ user: 0, task: 0 });
  });

  it("an account deleted through another instance is refused 401 here within seconds, reading nothing until then", async () => {
    const user = await apiUser(baseUrl);
    must(await user.client.createTask(user.userId, { title: "mine" }));
    // As another instance deletes it: the row goes, this instance is told nothing.
    const owner = new pg.Client({ connectionString: databaseUrl });
    await owner.connect();
    try {
      await owner.query('DELETE FROM "user" WHERE id = $1', [user.userId]);
    } finally {
      await owner.end();
    }
    const statuses: number[] = [];
    for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
      const read = await user.raw("");
      statuses.push(read.status);
      if (read.status === 401) break;
      // Until it learns, at most what a deleted account holds: nothing.
      expect(await read.json()).toEqual([]);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(statuses.at(-1)).toBe(401);
    expect(statuses.length).toBeLessThanOrEqual(15);
  });
});
