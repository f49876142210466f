import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { must } from "../support/api-user";
import { nextMinute, type ReminderRig, sleep, startReminderRig, subscribedUser } from "../support/reminder-rig";

let rig: ReminderRig;

beforeAll(async () => {
  rig = await startReminderRig(2);
}, 90_000);

afterAll(async () => {
  await rig?.close();
});

describe("a reminder due while PostgreSQL is away", () => {
  it("goes out once, late, after the database returns", async () => {
    const app = rig.apps[0] as ReminderRig["apps"][0];
    const { user, device } = await subscribedUser(app.url, rig.push);
    const due = nextMinute(20_000);
    const task = must(
      await user.client.createTask(user.userId, {
        title: "Through the outage",
        dueDate: due.dueDate,
        dueTime: due.dueTime,
        reminders: [{ minutesBefore: 0 }],
      }),
    );
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
  }, 120_000);

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
