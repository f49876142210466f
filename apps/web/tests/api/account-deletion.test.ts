import { authHeaders, signIn } from "@todo/test-support/accounts";
import { describe, expect, inject, it } from "vitest";
import { type ApiUser, apiUser, must } from "../support/api-user";
import { pushDevice, subscribe } from "../support/reminder-rig";
import { rowsOfUser } from "../support/user-rows";

const baseUrl = inject("appUrl");
const databaseUrl = inject("databaseUrl");

/** A user with a row in every table a user can have rows in. */
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
    // (change_stream holds a row only while a live stream is open.)
    for (const [table, count] of Object.entries(before)) {
      if (table !== "change_stream") expect(count, table).toBeGreaterThan(0);
    }

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

  it("a JWT issued before the deletion finds nothing to read, and its writes are 401, storing nothing", async () => {
    const user = await busyUser();
    expect((await deleteAccount(user, user.password)).status).toBe(200);
    const read = await user.raw("");
    const write = await user.raw("", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ title: "after" }),
    });
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual([]);
    expect(write.status).toBe(401);
    expect((await write.json()).detail).toBe("The account this token was issued for no longer exists");
    expect(await rowsOfUser(databaseUrl, user.userId, user.email)).toMatchObject({ user: 0, task: 0 });
  });
});
