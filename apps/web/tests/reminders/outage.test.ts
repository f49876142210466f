import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleValue, scrape } from "../ops/scrape";
import {
  METRICS_TOKEN,
  nextMinute,
  type ReminderRig,
  sleep,
  startReminderRig,
  subscribedUser,
  taskRemindedAt,
} from "../support/reminder-rig";

let rig: ReminderRig;

beforeAll(async () => {
  rig = await startReminderRig(2);
}, 90_000);

afterAll(async () => {
  await rig?.close();
});

/** The reminder counters summed over the instances, and the backlog each last saw (the larger). */
async function reminderMetrics() {
  const scrapes = await Promise.all(rig.apps.map((instance) => scrape(instance.url, METRICS_TOKEN)));
  const total = (name: string) => scrapes.reduce((sum, samples) => sum + (sampleValue(samples, name) ?? 0), 0);
  return {
    sent: total("reminders_sent_total"),
    late: total("reminders_late_total"),
    failed: total("reminders_failed_total"),
    backlog: Math.max(...scrapes.map((samples) => sampleValue(samples, "reminders_backlog") ?? 0)),
  };
}

/** The task's reminder row, read past the proxy (straight from PostgreSQL, even while the apps' way is cut). */
async function reminderRow(taskId: number) {
  const client = new pg.Client({ connectionString: rig.database.url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `select state::text, attempts, lease_until > now() as leased, sent_at from reminder where task_id = $1`,
      [taskId],
    );
    return rows[0] as { state: string; attempts: number; leased: boolean | null; sent_at: Date | null };
  } finally {
    await client.end();
  }
}

describe("a reminder due while PostgreSQL is away", () => {
  it("goes out once, late, after a minute's cut around its time", async () => {
    const app = rig.apps[0] as ReminderRig["apps"][0];
    const { user, device } = await subscribedUser(app.url, rig.push);
    const due = nextMinute(40_000);
    const task = await taskRemindedAt(user, "Through the outage", due);
    // Cut from 30 s before its time to 30 s after, as the issue asks.
    await sleep(due.at - Date.now() - 30_000);
    await rig.proxy.cut();
    await sleep(due.at - Date.now() + 30_000);
    expect(rig.push.received(device.endpoint)).toEqual([]);
    await rig.proxy.restore();
    const restored = Date.now();
    const [received] = await rig.push.waitFor(device.endpoint, 1, 30_000);
    expect(received?.payload).toMatchObject({ type: "reminder", taskId: task.id });
    expect(received?.at).toBeLessThan(restored + 30_000);
    await sleep(5_000);
    expect(rig.push.received(device.endpoint)).toHaveLength(1);
    expect(await reminderRow(task.id)).toMatchObject({ state: "sent", attempts: 1 });
    // The instances' metrics count it once, sent; late only if it went more than a minute after its time.
    const late = (received?.at ?? 0) - due.at > 60_000 ? 1 : 0;
    const metrics = await reminderMetrics();
    expect([metrics.sent, metrics.late, metrics.failed, metrics.backlog]).toEqual([1, late, 0, 0]);
  }, 200_000);

  it("records a push the service took just before the database went away, once it returns, and never sends it again", async () => {
    const app = rig.apps[1] as ReminderRig["apps"][0];
    const { user, device } = await subscribedUser(app.url, rig.push);
    let cutAt = 0;
    // The push service has the message; the sender is told so only once the database is gone.
    rig.push.beforeAnswering(device.endpoint, async () => {
      await rig.proxy.cut();
      cutAt = Date.now();
    });
    const due = nextMinute();
    const task = await taskRemindedAt(user, "Taken, then the database went", due);
    await rig.push.waitFor(device.endpoint, 1, due.at - Date.now() + 30_000);
    while (cutAt === 0) await sleep(50);
    // A minute away. Meanwhile the claim's 5-minute lease keeps the reminder from the other instance (which could
    // only send it again: the sender's outcome is in its memory); past the lease it could (decision 023).
    await sleep(cutAt + 60_000 - Date.now());
    expect(await reminderRow(task.id)).toMatchObject({ state: "pending", attempts: 1, leased: true });
    await rig.proxy.restore();
    const restored = Date.now();
    // The sender records what it holds before it claims anything: sent, well before the lease would lapse.
    let row = await reminderRow(task.id);
    while (row.state === "pending" && Date.now() < restored + 15_000) {
      await sleep(250);
      row = await reminderRow(task.id);
    }
    expect(row).toMatchObject({ state: "sent", attempts: 1, leased: null });
    await sleep(5_000);
    expect([rig.push.attempts(device.endpoint), rig.push.received(device.endpoint).length]).toEqual([1, 1]);
  }, 200_000);

  it("counts a reminder sent more than a minute after its time as late in the metrics", async () => {
    const app = rig.apps[0] as ReminderRig["apps"][0];
    const { user, device } = await subscribedUser(app.url, rig.push);
    const before = await reminderMetrics();
    const due = nextMinute(30_000);
    const task = await taskRemindedAt(user, "Missed while away", due);
    // As if every instance had been down for two minutes past its time.
    const client = new pg.Client({ connectionString: rig.database.url });
    await client.connect();
    await client
      .query(
        `update reminder set fire_at = now() - interval '2 minutes', next_attempt_at = now() - interval '2 minutes' where task_id = $1`,
        [task.id],
      )
      .finally(() => client.end());
    await rig.push.waitFor(device.endpoint, 1, 15_000);
    await sleep(2_000);
    const after = await reminderMetrics();
    expect([after.sent - before.sent, after.late - before.late, after.backlog]).toEqual([1, 1, 0]);
  }, 60_000);

  it("sends a test notification to the user's own device on request", async () => {
    const app = rig.apps[1] as ReminderRig["apps"][0];
    const { user, device } = await subscribedUser(app.url, rig.push);
    const sent = await fetch(`${app.url}/api/${user.userId}/push-subscriptions/test`, {
      method: "POST",
      headers: { Authorization: `Bearer ${user.token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ endpoint: device.endpoint }),
    });
    expect(sent.status).toBe(204);
    expect(rig.push.received(device.endpoint).map((r) => r.payload)).toEqual([
      { type: "test", title: "Notifications are on", url: "/" },
    ]);
    expect(rig.push.refused()).toEqual([]);
  });
});
