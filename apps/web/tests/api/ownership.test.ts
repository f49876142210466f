import { type Task, taskEtag } from "@todo/contracts";
import { describe, expect, inject, it } from "vitest";
import { type ApiUser, apiUser, createTasks, must } from "../support/api-user";
import { expectProblem, expectProblemResult } from "../support/problems";

const baseUrl = inject("appUrl");
const json = { "Content-Type": "application/json" };

/** Two users; the victim owns one task with every field set. */
async function twoUsers() {
  const [me, victim] = await Promise.all([apiUser(baseUrl), apiUser(baseUrl)]);
  const [theirs] = (await createTasks(victim, [
    { title: "Private", description: "secret", tags: ["x"], priority: "high", dueDate: "2026-06-01" },
  ])) as [Task];
  return { me, victim, theirs };
}

/** What the victim sees is exactly what they created: same body, same ETag, one task. */
async function expectUntouched(victim: ApiUser, theirs: Task) {
  expect(await victim.client.getTask(victim.userId, theirs.id)).toEqual({
    ok: true,
    data: theirs,
    etag: taskEtag(theirs),
  });
  expect(must(await victim.client.listTasks(victim.userId, {}, { count: true }))).toEqual({
    tasks: [theirs],
    total: 1,
    nextCursor: null,
  });
}

describe("another user's task under my own URL is 404, never revealed", () => {
  it.each([
    ["GET", (me: ApiUser, id: number) => me.client.getTask(me.userId, id)],
    ["PUT", (me: ApiUser, id: number) => me.client.replaceTask(me.userId, id, { title: "Mine now" })],
    ["PATCH", (me: ApiUser, id: number) => me.client.updateTask(me.userId, id, { title: "Mine now" })],
    ["DELETE", (me: ApiUser, id: number) => me.client.deleteTask(me.userId, id)],
    ["PATCH complete", (me: ApiUser, id: number) => me.client.completeTask(me.userId, id)],
    [
      "PATCH complete with a body",
      (me: ApiUser, id: number) => me.client.completeTask(me.userId, id, { completed: true }),
    ],
  ])("%s answers 404 exactly as for a missing task, and nothing of theirs changes", async (_name, call) => {
    const { me, victim, theirs } = await twoUsers();
    expectProblemResult(me, await call(me, theirs.id), 404, "No such task");
    expectProblemResult(me, await call(me, 2_000_000_000), 404, "No such task");
    await expectUntouched(victim, theirs);
  });

  it("answers 404 even with their current ETag as If-Match", async () => {
    const { me, victim, theirs } = await twoUsers();
    const ifMatch = taskEtag(theirs);
    expectProblemResult(
      me,
      await me.client.updateTask(me.userId, theirs.id, { title: "x" }, { ifMatch }),
      404,
      "No such task",
    );
    expectProblemResult(me, await me.client.deleteTask(me.userId, theirs.id, { ifMatch }), 404, "No such task");
    await expectUntouched(victim, theirs);
  });

  it("never lists or counts their tasks in mine", async () => {
    const { me } = await twoUsers();
    expect(must(await me.client.listTasks(me.userId, { q: "Private" }, { count: true }))).toEqual({
      tasks: [],
      total: 0,
      nextCursor: null,
    });
    expect(me.lastResponse().headers.get("x-total-count")).toBe("0");
  });
});

describe("their URL with my token is 403", () => {
  const forbidden = "This token belongs to another user";

  it.each([
    ["GET", "", undefined],
    ["POST", "", { title: "Planted" }],
    ["GET", "/:id", undefined],
    ["PUT", "/:id", { title: "Hijacked" }],
    ["PATCH", "/:id", { title: "Hijacked" }],
    ["DELETE", "/:id", undefined],
    ["PATCH", "/:id/complete", undefined],
  ])("%s %s answers 403 and changes nothing of theirs", async (method, suffix, body) => {
    const { me, victim, theirs } = await twoUsers();
    const response = await fetch(`${baseUrl}/api/${victim.userId}/tasks${suffix.replace(":id", String(theirs.id))}`, {
      method,
      headers: { Authorization: `Bearer ${me.token}`, ...(body && json) },
      body: body && JSON.stringify(body),
    });
    await expectProblem(response, 403, forbidden);
    await expectUntouched(victim, theirs);
  });

  it("answers 403 through the client too, for a task id that does not exist", async () => {
    const { me, victim } = await twoUsers();
    const asMe = me.client;
    expectProblemResult(me, await asMe.getTask(victim.userId, 2_000_000_000), 403, forbidden);
    expectProblemResult(me, await asMe.listTasks(victim.userId), 403, forbidden);
  });
});
