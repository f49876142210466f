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

describe("a reminder due while PostgreSQL is away", () => {
  it("goes out once, late, after the database returns", async () => {
    const app = rig.apps[0] as ReminderRig["apps"][0];
    const { user, device } = await subscribedUser(app.url, rig.push);
    const due = nextMinute(20_000);
    const task = await taskRemindedAt(user, "Through the outage", due);
    await sleep(due.at - Date.now() - 5_000);
    await rig.proxy.cut();
    await sleep(due.at - Date.now() + 10_000);
    expect(rig.push.received(device.endpoint)).toEqual([]);
    await rig.proxy.restore();
    const restored = Date.now();
    const [received] = await rig.push.waitFor(device.endpoint, 1, 30_000);
    expect(received?.payload).toMatchObject({ type: "reminder", taskId: task.id });
    expect(received?.at).toBeLessThan(restored + 30_000);
    await sleep(5_000);
    expect(rig.push.received(device.endpoint)).toHaveLength(1);
    // The instances' metrics count it once, sent (some seconds late: within the minute "late" allows).
    const metrics = await reminderMetrics();
    expect([metrics.sent, metrics.late, metrics.failed, metrics.backlog]).toEqual([1, 0, 0, 0]);
  }, 120_000);

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

  it("runs one pass for the cron route with its secret only", async () => {
    const app = rig.apps[1] as ReminderRig["apps"][0];
    const wrong = await fetch(`${app.url}/api/cron/reminders`, {
      method: "POST",
      headers: { Authorization: "Bearer nope" },
    });
    expect([wrong.status, wrong.headers.get("content-type")]).toEqual([401, "application/problem+json"]);
    for (const method of ["GET", "POST"]) {
      const ran = await fetch(`${app.url}/api/cron/reminders`, {
        method,
        headers: { Authorization: "Bearer cron-secret-for-the-tests-0123456789" },
      });
      expect(ran.status).toBe(200);
      expect(Object.keys(await ran.json()).sort()).toEqual(["claimed", "failed", "retried", "sent"]);
    }
  });
});
