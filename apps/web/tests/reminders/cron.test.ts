import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  CRON_SECRET,
  nextMinute,
  type ReminderRig,
  sleep,
  startReminderRig,
  subscribedUser,
  taskRemindedAt,
} from "../support/reminder-rig";

// Two instances whose dispatchers are off (a serverless host's): only the cron route sends.
let rig: ReminderRig;
type App = ReminderRig["apps"][0];

beforeAll(async () => {
  rig = await startReminderRig(2, { REMINDER_DISPATCH_SECONDS: "0" });
}, 90_000);

afterAll(async () => {
  await rig?.close();
});

function runCron(app: { url: string }, authorization?: string, method = "POST") {
  return fetch(`${app.url}/api/cron/reminders`, {
    method,
    headers: authorization === undefined ? {} : { Authorization: authorization },
  });
}

/** A task of a new subscribed user whose reminder is due now (its instant moved to this moment). */
async function dueNow(app: App, title: string) {
  const { user, device } = await subscribedUser(app.url, rig.push);
  const task = await taskRemindedAt(user, title, nextMinute(120_000));
  const client = new pg.Client({ connectionString: rig.database.url });
  await client.connect();
  await client
    .query(`update reminder set fire_at = now(), next_attempt_at = now() where task_id = $1`, [task.id])
    .finally(() => client.end());
  return { task, device };
}

const bearer = `Bearer ${CRON_SECRET}`;

describe("the cron route on instances that dispatch nothing themselves", () => {
  it("sends nothing past a reminder's time until it is called, then that reminder, once", async () => {
    const [a, b] = rig.apps as [App, App];
    const { user, device } = await subscribedUser(a.url, rig.push);
    const due = nextMinute();
    const task = await taskRemindedAt(user, "Sent by the cron", due);
    await sleep(due.at - Date.now() + 5_000);
    expect(rig.push.attempts(device.endpoint)).toBe(0);
    const ran = await runCron(b, bearer);
    expect([ran.status, ran.headers.get("cache-control"), await ran.json()]).toEqual([
      200,
      "no-store",
      { claimed: 1, sent: 1, retried: 0, failed: 0 },
    ]);
    expect(rig.push.received(device.endpoint).map((r) => r.payload)).toEqual([
      expect.objectContaining({ type: "reminder", taskId: task.id }),
    ]);
    // Another pass (GET, as Vercel's cron calls it) finds nothing left to send.
    const again = await runCron(a, bearer, "GET");
    expect([again.status, await again.json()]).toEqual([200, { claimed: 0, sent: 0, retried: 0, failed: 0 }]);
    expect(rig.push.received(device.endpoint)).toHaveLength(1);
  }, 120_000);

  it("sends a reminder once when two instances run the route at the same moment", async () => {
    const [a, b] = rig.apps as [App, App];
    const { task, device } = await dueNow(a, "Called twice");
    const passes = await Promise.all([a, b].map(async (app) => (await runCron(app, bearer)).json()));
    const total = (key: "claimed" | "sent") => passes.reduce((sum, pass) => sum + pass[key], 0);
    expect([total("claimed"), total("sent")]).toEqual([1, 1]);
    await sleep(2_000);
    expect(rig.push.received(device.endpoint).map((r) => (r.payload as { taskId: number }).taskId)).toEqual([task.id]);
    expect(rig.push.attempts(device.endpoint)).toBe(1);
  }, 60_000);

  it("answers 401 to a wrong or missing bearer and sends nothing; 404 on a server without CRON_SECRET", async () => {
    const [a] = rig.apps as [App, App];
    const { device } = await dueNow(a, "Not by strangers");
    for (const authorization of [undefined, "Bearer nope", `${bearer}x`, CRON_SECRET, `Basic ${CRON_SECRET}`]) {
      const refused = await runCron(a, authorization);
      expect([authorization, refused.status, refused.headers.get("content-type")]).toEqual([
        authorization,
        401,
        "application/problem+json",
      ]);
    }
    // The global test server has no CRON_SECRET: the route is off there, whatever is sent.
    const off = await runCron({ url: inject("appUrl") }, bearer);
    expect(off.status).toBe(404);
    await sleep(1_000);
    expect(rig.push.attempts(device.endpoint)).toBe(0);
    // It was due all along: the right bearer sends it, its scheme in any case (RFC 9110 § 11.1).
    expect(await (await runCron(a, `bEARER  ${CRON_SECRET}`)).json()).toMatchObject({ claimed: 1, sent: 1 });
  }, 60_000);
});
