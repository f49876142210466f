import { TEST_VAPID } from "@todo/test-support/vapid-keys";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiUser, must } from "../support/api-user";
import {
  nextMinute,
  type ReminderRig,
  sleep,
  startReminderRig,
  subscribe,
  subscribedUser,
  taskRemindedAt,
} from "../support/reminder-rig";

// Every test waits for a reminder on the next whole minute: they run side by side.
let rig: ReminderRig;

beforeAll(async () => {
  rig = await startReminderRig(2);
}, 90_000);

afterAll(async () => {
  await rig?.close();
});

async function query(text: string, values: unknown[]) {
  const client = new pg.Client({ connectionString: rig.database.url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

const reminderRows = (taskId: number) =>
  query(
    `select minutes_before as minutes, due_date::text as due, to_char(fire_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI') as at, state::text as state
     from reminder where task_id = $1 order by fire_at`,
    [taskId],
  );

/** A task's one reminder: its id, state and attempts so far. */
async function reminderOf(taskId: number): Promise<{ id: number; state: string; attempts: number }> {
  const [row] = await query(`select id::int, state::text, attempts from reminder where task_id = $1`, [taskId]);
  return row;
}

/**
 * How long after its push a reminder may still be unrecorded: a pass records its batch once every send in it has
 * ended, and the time-out test's push service keeps one waiting 10 s.
 */
const SETTLED_MS = 15_000;

/** Waits until the task's reminder is no longer pending (sent, failed), and gives it. */
async function settledReminder(taskId: number, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reminder = await reminderOf(taskId);
    if (reminder.state !== "pending" || Date.now() > deadline) return reminder;
    await sleep(250);
  }
}

/** After a retry: two requests, one delivery, and the reminder recorded sent on its second attempt. */
async function expectSentOnSecondAttempt(taskId: number, endpoint: string) {
  await sleep(3_000);
  expect([rig.push.attempts(endpoint), rig.push.received(endpoint).length]).toEqual([2, 1]);
  expect(await settledReminder(taskId, SETTLED_MS)).toMatchObject({ state: "sent", attempts: 2 });
}

describe.concurrent("reminders delivered by Web Push, two app instances on one database", () => {
  it("arrives within 30 s of its time, once, with only the payload design.md names, VAPID-signed and encrypted", async () => {
    const [a, b] = rig.apps as [NonNullable<ReminderRig["apps"][0]>, NonNullable<ReminderRig["apps"][0]>];
    const { user, device } = await subscribedUser(a.url, rig.push);
    const due = nextMinute();
    const task = must(
      await user.client.createTask(user.userId, {
        title: "Call the plumber",
        description: "Secret details stay on the server",
        dueDate: due.dueDate,
        dueTime: due.dueTime,
        reminders: [{ minutesBefore: 0 }],
      }),
    );
    expect(task.reminders).toEqual([{ minutesBefore: 0 }]);
    const [received] = await rig.push.waitFor(device.endpoint, 1, due.at - Date.now() + 30_000);
    expect(received?.payload).toEqual({
      type: "reminder",
      taskId: task.id,
      title: "Call the plumber",
      dueDate: due.dueDate,
      dueTime: due.dueTime,
      url: `/?task=${task.id}`,
    });
    expect(received?.at).toBeGreaterThanOrEqual(due.at - 1_000);
    expect(received?.at).toBeLessThan(due.at + 30_000);
    // Signed with the server's VAPID key (the stand-in refuses any other with 403, as the subscription's).
    expect(received?.vapid).toMatchObject({ sub: "mailto:tests@example.com", publicKey: TEST_VAPID.publicKey });
    const reminder = await reminderOf(task.id);
    // A topic per reminder: a push service holding a copy undelivered replaces it rather than adding another.
    expect([received?.ttl, received?.urgency, received?.topic]).toEqual([86_400, "high", `reminder-${reminder.id}`]);
    // Both instances dispatch every second: still one delivery.
    await sleep(5_000);
    expect(rig.push.received(device.endpoint)).toHaveLength(1);
    expect(rig.push.attempts(device.endpoint)).toBe(1);
    await settledReminder(task.id, SETTLED_MS);
    expect(await reminderRows(task.id)).toEqual([
      { minutes: 0, due: due.dueDate, at: `${due.dueDate}T${due.dueTime}`, state: "sent" },
    ]);
    // The instances' logs name the delivery, once between them.
    const delivered = [a, b].flatMap((app) =>
      app
        .output()
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as { event?: string; reminderId?: number })
        .filter((line) => line.event === "reminder_delivered" && line.reminderId === reminder.id),
    );
    expect(delivered).toHaveLength(1);
  }, 120_000);

  it("deletes a subscription its push service answers 410 Gone", async () => {
    const app = rig.apps[0] as ReminderRig["apps"][0];
    const { user, device } = await subscribedUser(app.url, rig.push);
    rig.push.expire(device.endpoint);
    const due = nextMinute();
    const task = await taskRemindedAt(user, "Gone", due);
    const deadline = due.at + 30_000;
    while (rig.push.attempts(device.endpoint) === 0 && Date.now() < deadline) await sleep(250);
    // It reached no device: failed, not sent. A reminder is recorded once its sends have ended and a gone
    // subscription is deleted, so the list is read after that.
    expect(await settledReminder(task.id, SETTLED_MS)).toMatchObject({ state: "failed", attempts: 1 });
    const listed = await fetch(`${app.url}/api/${user.userId}/push-subscriptions`, {
      headers: { Authorization: `Bearer ${user.token}` },
    });
    expect([rig.push.attempts(device.endpoint), listed.status, await listed.json()]).toEqual([1, 200, []]);
  }, 120_000);

  it("deletes a subscription its push service answers 404 Not Found", async () => {
    const app = rig.apps[1] as ReminderRig["apps"][0];
    const { user, device } = await subscribedUser(app.url, rig.push);
    const kept = rig.push.subscribe();
    expect((await subscribe(app.url, user, kept)).status).toBe(201);
    rig.push.answerNext(device.endpoint, 404);
    const due = nextMinute();
    const task = await taskRemindedAt(user, "Not found", due);
    await rig.push.waitFor(kept.endpoint, 1, due.at - Date.now() + 30_000);
    // The other device got it: sent, once. The kept device's push can arrive before the refused one's answer
    // does: the list is read once the reminder is recorded, which comes after the gone subscription's deletion.
    expect(await settledReminder(task.id, SETTLED_MS)).toMatchObject({ state: "sent", attempts: 1 });
    const listed = await fetch(`${app.url}/api/${user.userId}/push-subscriptions`, {
      headers: { Authorization: `Bearer ${user.token}` },
    });
    const endpoints = ((await listed.json()) as { endpoint: string }[]).map((s) => s.endpoint);
    expect([rig.push.attempts(device.endpoint), endpoints]).toEqual([1, [kept.endpoint]]);
  }, 120_000);

  it("retries a 429 no sooner than its Retry-After, then delivers once", async () => {
    const app = rig.apps[0] as ReminderRig["apps"][0];
    const { user, device } = await subscribedUser(app.url, rig.push);
    // 9 s: longer than the first backoff (5 s, 6 at most), so that only Retry-After explains the wait.
    rig.push.answerNext(device.endpoint, { status: 429, headers: { "Retry-After": "9" } });
    const due = nextMinute();
    const task = await taskRemindedAt(user, "Too many", due);
    const [received] = await rig.push.waitFor(device.endpoint, 1, due.at - Date.now() + 45_000);
    const [refusal] = rig.push.refused().filter((r) => r.endpoint === device.endpoint);
    expect([refusal?.status, received?.payload]).toEqual([429, expect.objectContaining({ taskId: task.id })]);
    expect((received?.at ?? 0) - (refusal?.at ?? 0)).toBeGreaterThanOrEqual(9_000);
    await expectSentOnSecondAttempt(task.id, device.endpoint);
  }, 120_000);

  it("retries a push service that does not answer, after its 10 s time-out, then delivers once", async () => {
    const app = rig.apps[1] as ReminderRig["apps"][0];
    const { user, device } = await subscribedUser(app.url, rig.push);
    rig.push.answerNext(device.endpoint, "hang");
    const due = nextMinute();
    const task = await taskRemindedAt(user, "Silent", due);
    const [received] = await rig.push.waitFor(device.endpoint, 1, due.at - Date.now() + 60_000);
    // The first attempt at its time waited 10 s for an answer, the second came 5 s (6 at most) after.
    expect(received?.payload).toMatchObject({ taskId: task.id });
    expect(received?.at).toBeGreaterThanOrEqual(due.at + 15_000);
    await expectSentOnSecondAttempt(task.id, device.endpoint);
  }, 120_000);

  it("gives up after the last attempt: failed, and not tried again", async () => {
    const app = rig.apps[0] as ReminderRig["apps"][0];
    const { user, device } = await subscribedUser(app.url, rig.push);
    rig.push.answerNext(device.endpoint, 503);
    const due = nextMinute();
    const task = await taskRemindedAt(user, "Out of attempts", due);
    // As if seven attempts had failed already: the one at its time is the eighth, the last.
    await query(`update reminder set attempts = 7 where task_id = $1`, [task.id]);
    const reminder = await settledReminder(task.id, due.at - Date.now() + 30_000);
    await sleep(8_000);
    expect([reminder.state, reminder.attempts, rig.push.attempts(device.endpoint)]).toEqual(["failed", 8, 1]);
    expect(rig.push.received(device.endpoint)).toEqual([]);
  }, 120_000);

  it("records as failed a reminder that reached no device: its push refused, or no subscription at all", async () => {
    const app = rig.apps[1] as ReminderRig["apps"][0];
    const { user, device } = await subscribedUser(app.url, rig.push);
    rig.push.answerNext(device.endpoint, 403);
    const alone = await apiUser(app.url);
    const due = nextMinute();
    const refused = await taskRemindedAt(user, "Refused", due);
    const unsubscribed = await taskRemindedAt(alone, "Nowhere to go", due);
    const states = await Promise.all(
      [refused, unsubscribed].map((task) => settledReminder(task.id, due.at - Date.now() + 30_000)),
    );
    expect(states.map((r) => [r.state, r.attempts])).toEqual([
      ["failed", 1],
      ["failed", 1],
    ]);
    expect(rig.push.attempts(device.endpoint)).toBe(1);
  }, 120_000);

  it("retries after 503s with backoff, then delivers once", async () => {
    const app = rig.apps[1] as ReminderRig["apps"][0];
    const { user, device } = await subscribedUser(app.url, rig.push);
    rig.push.answerNext(device.endpoint, 503, 503);
    const due = nextMinute();
    const task = await taskRemindedAt(user, "Flaky", due);
    const [received] = await rig.push.waitFor(device.endpoint, 1, due.at - Date.now() + 60_000);
    expect(received?.payload).toMatchObject({ taskId: task.id });
    // Two refusals, then the delivery: 5 s, then 10 s later (with up to a fifth more).
    expect(rig.push.attempts(device.endpoint)).toBe(3);
    expect(received?.at).toBeGreaterThan(due.at + 14_000);
    await sleep(3_000);
    expect(rig.push.received(device.endpoint)).toHaveLength(1);
  }, 120_000);

  it("moves the reminder with the due date: the moved-away one never comes, the moved-here one does", async () => {
    const app = rig.apps[0] as ReminderRig["apps"][0];
    const { user, device } = await subscribedUser(app.url, rig.push);
    const due = nextMinute();
    const later = await taskRemindedAt(user, "Moved away", due);
    const sooner = must(
      await user.client.createTask(user.userId, {
        title: "Moved here",
        dueDate: "2099-01-01",
        dueTime: "08:00",
        reminders: [{ minutesBefore: 0 }],
      }),
    );
    must(await user.client.updateTask(user.userId, later.id, { dueDate: "2099-01-02" }));
    must(await user.client.updateTask(user.userId, sooner.id, { dueDate: due.dueDate, dueTime: due.dueTime }));
    expect(await reminderRows(later.id)).toEqual([
      { minutes: 0, due: "2099-01-02", at: `2099-01-02T${due.dueTime}`, state: "pending" },
    ]);
    await rig.push.waitFor(device.endpoint, 1, due.at - Date.now() + 30_000);
    await sleep(4_000);
    expect(rig.push.received(device.endpoint).map((r) => (r.payload as { taskId: number }).taskId)).toEqual([
      sooner.id,
    ]);
  }, 120_000);

  it("schedules the next occurrence's reminder when a recurring task is completed", async () => {
    const app = rig.apps[1] as ReminderRig["apps"][0];
    const { user } = await subscribedUser(app.url, rig.push);
    const task = must(
      await user.client.createTask(user.userId, {
        title: "Water the plants",
        dueDate: "2099-03-10",
        dueTime: "18:30",
        recurrence: { rule: "FREQ=WEEKLY", from: "due" },
        reminders: [{ minutesBefore: 60 }, { minutesBefore: 1440 }],
      }),
    );
    const completed = await user.raw(`/${task.id}/complete`, {
      method: "PATCH",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ completed: true }),
    });
    expect(completed.status).toBe(200);
    expect(await reminderRows(task.id)).toEqual([
      { minutes: 1440, due: "2099-03-17", at: "2099-03-16T18:30", state: "pending" },
      { minutes: 60, due: "2099-03-17", at: "2099-03-17T17:30", state: "pending" },
    ]);
  });
});
