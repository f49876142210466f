import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { must } from "../support/api-user";
import {
  nextMinute,
  type ReminderRig,
  sleep,
  startReminderRig,
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

async function reminderRows(taskId: number) {
  const client = new pg.Client({ connectionString: rig.database.url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `select minutes_before as minutes, due_date::text as due, to_char(fire_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI') as at, state::text as state
       from reminder where task_id = $1 order by fire_at`,
      [taskId],
    );
    return rows;
  } finally {
    await client.end();
  }
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
    expect(received?.vapid.sub).toBe("mailto:tests@example.com");
    expect(received?.ttl).toBeGreaterThan(0);
    // Both instances dispatch every second: still one delivery.
    await sleep(5_000);
    expect(rig.push.received(device.endpoint)).toHaveLength(1);
    expect(rig.push.attempts(device.endpoint)).toBe(1);
    expect(await reminderRows(task.id)).toEqual([
      { minutes: 0, due: due.dueDate, at: `${due.dueDate}T${due.dueTime}`, state: "sent" },
    ]);
    // The instances' logs name the delivery, once between them.
    const delivered = [a, b].flatMap((app) =>
      app
        .output()
        .split("\n")
        .filter((line) => line.includes('"reminder_delivered"')),
    );
    expect(delivered.length).toBeGreaterThanOrEqual(1);
  }, 120_000);

  it("deletes a subscription its push service answers 410 Gone", async () => {
    const app = rig.apps[0] as ReminderRig["apps"][0];
    const { user, device } = await subscribedUser(app.url, rig.push);
    rig.push.expire(device.endpoint);
    const due = nextMinute();
    await taskRemindedAt(user, "Gone", due);
    const deadline = due.at + 30_000;
    while (rig.push.attempts(device.endpoint) === 0 && Date.now() < deadline) await sleep(250);
    await sleep(1_000);
    const listed = await fetch(`${app.url}/api/${user.userId}/push-subscriptions`, {
      headers: { Authorization: `Bearer ${user.token}` },
    });
    expect([rig.push.attempts(device.endpoint), listed.status, await listed.json()]).toEqual([1, 200, []]);
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
