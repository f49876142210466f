import { type Task, taskEtag } from "@todo/contracts";
import { addDays, todayIn } from "@todo/dates";
import { describe, expect, inject, it } from "vitest";
import { type ApiUser, apiUser, createTasks, must } from "../support/api-user";

const baseUrl = inject("appUrl");

async function dailyTask(user: ApiUser, dueDate = "2030-01-07") {
  const [task] = (await createTasks(user, [
    { title: "Daily", dueDate, recurrence: { rule: "FREQ=DAILY", from: "due" } },
  ])) as [Task];
  return task;
}

describe("completions racing", () => {
  it("with the same If-Match: one completes the occurrence, the other is 412; one completion recorded", async () => {
    const user = await apiUser(baseUrl);
    for (let round = 0; round < 3; round++) {
      const task = await dailyTask(user);
      const ifMatch = taskEtag(task);
      const results = await Promise.all([1, 2].map(() => user.client.completeTask(user.userId, task.id, { ifMatch })));
      expect(results.map((r) => (r.ok ? 200 : r.problem.status)).sort()).toEqual([200, 412]);
      const winner = results.find((r) => r.ok) as { data: Task; completionId: number };
      expect(winner.data.dueDate).toBe("2030-01-08");
      const { completions } = must(await user.client.listCompletions(user.userId, task.id));
      expect(completions.map((c) => [c.id, c.dueDate])).toEqual([[winner.completionId, "2030-01-07"]]);
    }
  });

  it("without If-Match: no completion is lost and no occurrence is completed twice", async () => {
    const user = await apiUser(baseUrl);
    const task = await dailyTask(user);
    const results = await Promise.all(Array.from({ length: 6 }, () => user.client.completeTask(user.userId, task.id)));
    const recorded = results.flatMap((r) => (r.ok && r.completionId !== undefined ? [r.completionId] : []));
    const { completions } = must(await user.client.listCompletions(user.userId, task.id));
    // Each recorded completion is in the list, each of another occurrence, one day after another.
    expect(completions.map((c) => c.id).sort()).toEqual([...recorded].sort());
    expect(completions.map((c) => c.dueDate).reverse()).toEqual(recorded.map((_, i) => addDays("2030-01-07", i)));
    const stored = must(await user.client.getTask(user.userId, task.id));
    expect(stored.dueDate).toBe(addDays("2030-01-07", recorded.length));
    // Every answer is the task as it stood after some completion, never one that went missing.
    for (const result of results) expect((must(result).dueDate ?? "") > "2030-01-07").toBe(true);
  });
});

describe("the same data in two time zones", () => {
  // UTC+14 and UTC-11: 25 hours apart, so their "today" is never the same date.
  const zones = ["Pacific/Kiritimati", "Pacific/Pago_Pago"];

  it("an overdue daily task lands on each user's own today", async () => {
    const landed: Record<string, { dueDate: string | null; today: string[] }> = {};
    for (const timeZone of zones) {
      const user = await apiUser(baseUrl);
      must(await user.client.updateSettings(user.userId, { timeZone }));
      const task = await dailyTask(user, "2026-01-01");
      const before = todayIn(timeZone);
      const { dueDate } = must(await user.client.completeTask(user.userId, task.id));
      landed[timeZone] = { dueDate, today: [...new Set([before, todayIn(timeZone)])] };
    }
    for (const { dueDate, today } of Object.values(landed)) expect(today).toContain(dueDate);
    expect(landed[zones[0] as string]?.dueDate).not.toBe(landed[zones[1] as string]?.dueDate);
  });

  it("a task to repeat 1 day after completion is due tomorrow where each user is", async () => {
    for (const timeZone of zones) {
      const user = await apiUser(baseUrl);
      must(await user.client.updateSettings(user.userId, { timeZone }));
      const [task] = (await createTasks(user, [
        { title: "Stretch", dueDate: "2026-01-01", recurrence: { rule: "FREQ=DAILY", from: "completion" } },
      ])) as [Task];
      const before = todayIn(timeZone);
      const { dueDate } = must(await user.client.completeTask(user.userId, task.id));
      expect([before, todayIn(timeZone)].map((day) => addDays(day, 1))).toContain(dueDate);
    }
  });
});
