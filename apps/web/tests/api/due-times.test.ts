import type { Task } from "@todo/contracts";
import { describe, expect, inject, it } from "vitest";
import { type ApiUser, apiUser, createTasks, must } from "../support/api-user";
import { expectProblemResult } from "../support/problems";

const baseUrl = inject("appUrl");
const RECURRENCE = { rule: "FREQ=WEEKLY;BYDAY=MO", from: "due" as const };

async function datedTask(user: ApiUser) {
  const [task] = (await createTasks(user, [
    { title: "Standup", dueDate: "2026-12-07", dueTime: "09:30", recurrence: RECURRENCE },
  ])) as [Task];
  return task;
}

describe("dueTime", () => {
  it("is stored and answered as HH:MM with its date, and null when left out", async () => {
    const user = await apiUser(baseUrl);
    const task = await datedTask(user);
    expect(task).toMatchObject({ dueDate: "2026-12-07", dueTime: "09:30", recurrence: RECURRENCE });
    expect(must(await user.client.getTask(user.userId, task.id))).toEqual(task);
    const [plain] = (await createTasks(user, [{ title: "All day", dueDate: "2026-12-07" }])) as [Task];
    expect(plain).toMatchObject({ dueTime: null, recurrence: null });
  });

  it.each([
    [
      "POST",
      (u: ApiUser) => u.client.createTask(u.userId, { title: "t", dueTime: "09:00" }),
      "dueTime",
      "A due time needs a dueDate",
    ],
    [
      "POST",
      (u: ApiUser) => u.client.createTask(u.userId, { title: "t", recurrence: RECURRENCE }),
      "recurrence",
      "A recurrence needs a dueDate",
    ],
    [
      "POST",
      (u: ApiUser) => u.client.createTask(u.userId, { title: "t", dueDate: null, dueTime: "09:00" }),
      "dueTime",
      "A due time needs a dueDate",
    ],
  ])(
    "%s with a time or recurrence and no due date is 422 at that field, creating nothing",
    async (_method, send, path, message) => {
      const user = await apiUser(baseUrl);
      expectProblemResult(user, await send(user), 422, "Some fields are invalid", [{ path, message }]);
      expect(must(await user.client.listTasks(user.userId)).tasks).toEqual([]);
    },
  );

  it.each([
    [
      "PUT without a due date",
      (u: ApiUser, id: number) => u.client.replaceTask(u.userId, id, { title: "t", dueTime: "09:00" }),
      "dueTime",
      "A due time needs a dueDate",
    ],
    [
      "PATCH clearing the date while setting a time",
      (u: ApiUser, id: number) => u.client.updateTask(u.userId, id, { dueDate: null, dueTime: "10:00" }),
      "dueTime",
      "A due time needs a dueDate",
    ],
    [
      "PATCH clearing the date while setting a recurrence",
      (u: ApiUser, id: number) => u.client.updateTask(u.userId, id, { dueDate: null, recurrence: RECURRENCE }),
      "recurrence",
      "A recurrence needs a dueDate",
    ],
  ])("%s is 422 at that field, changing nothing", async (_name, send, path, message) => {
    const user = await apiUser(baseUrl);
    const task = await datedTask(user);
    expectProblemResult(user, await send(user, task.id), 422, "Some fields are invalid", [{ path, message }]);
    expect(must(await user.client.getTask(user.userId, task.id))).toEqual(task);
  });

  it("a time or recurrence PATCHed onto a task that has no due date is 422 at that field, changing nothing", async () => {
    const user = await apiUser(baseUrl);
    const [task] = (await createTasks(user, [{ title: "Someday" }])) as [Task];
    const time = await user.client.updateTask(user.userId, task.id, { dueTime: "09:00" });
    expectProblemResult(user, time, 422, "Some fields are invalid", [
      { path: "dueTime", message: "A due time needs a dueDate, and this task has none" },
    ]);
    const repeat = await user.client.updateTask(user.userId, task.id, { recurrence: RECURRENCE });
    expectProblemResult(user, repeat, 422, "Some fields are invalid", [
      { path: "recurrence", message: "A recurrence needs a dueDate, and this task has none" },
    ]);
    expect(must(await user.client.getTask(user.userId, task.id))).toEqual(task);
  });

  it("PATCH dueDate: null clears the time and the recurrence with it", async () => {
    const user = await apiUser(baseUrl);
    const task = await datedTask(user);
    const cleared = must(await user.client.updateTask(user.userId, task.id, { dueDate: null }));
    expect(cleared).toMatchObject({ dueDate: null, dueTime: null, recurrence: null });
    const moved = must(await user.client.updateTask(user.userId, task.id, { dueDate: "2026-12-24", dueTime: "18:00" }));
    expect(moved).toMatchObject({ dueDate: "2026-12-24", dueTime: "18:00", recurrence: null });
  });

  it("PATCH keeps what it is not sent: a new date keeps the time and the recurrence", async () => {
    const user = await apiUser(baseUrl);
    const task = await datedTask(user);
    const moved = must(await user.client.updateTask(user.userId, task.id, { dueDate: "2026-12-14" }));
    expect(moved).toMatchObject({ dueDate: "2026-12-14", dueTime: "09:30", recurrence: RECURRENCE });
    const allDay = must(await user.client.updateTask(user.userId, task.id, { dueTime: null }));
    expect(allDay).toMatchObject({ dueDate: "2026-12-14", dueTime: null, recurrence: RECURRENCE });
  });

  it("PUT puts a time and recurrence left out back to none", async () => {
    const user = await apiUser(baseUrl);
    const task = await datedTask(user);
    const replaced = must(
      await user.client.replaceTask(user.userId, task.id, { title: "Standup", dueDate: "2026-12-07" }),
    );
    expect(replaced).toMatchObject({ dueDate: "2026-12-07", dueTime: null, recurrence: null });
  });
});

describe("sort=due by date, then time", () => {
  const inputs = [
    { title: "undated" },
    { title: "7th 18:00", dueDate: "2026-12-07", dueTime: "18:00" },
    { title: "8th all day", dueDate: "2026-12-08" },
    { title: "7th 00:00", dueDate: "2026-12-07", dueTime: "00:00" },
    { title: "7th all day", dueDate: "2026-12-07" },
    { title: "6th 23:59", dueDate: "2026-12-06", dueTime: "23:59" },
    { title: "7th 09:00", dueDate: "2026-12-07", dueTime: "09:00" },
  ];
  const ascending = ["6th 23:59", "7th all day", "7th 00:00", "7th 09:00", "7th 18:00", "8th all day", "undated"];

  it("ascending: each day's all-day tasks first, then by time; undated last", async () => {
    const user = await apiUser(baseUrl);
    await createTasks(user, inputs);
    const { tasks } = must(await user.client.listTasks(user.userId, { sort: "due", order: "asc" }));
    expect(tasks.map((t) => t.title)).toEqual(ascending);
  });

  it("descending: the reverse, undated still last", async () => {
    const user = await apiUser(baseUrl);
    await createTasks(user, inputs);
    const { tasks } = must(await user.client.listTasks(user.userId, { sort: "due" }));
    expect(tasks.map((t) => t.title)).toEqual([...ascending.slice(0, -1).reverse(), "undated"]);
  });

  it.each(["asc", "desc"] as const)("pages of one, followed by cursor, give the same order (%s)", async (order) => {
    const user = await apiUser(baseUrl);
    await createTasks(user, inputs);
    const { tasks: whole } = must(await user.client.listTasks(user.userId, { sort: "due", order }));
    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { tasks: Task[]; nextCursor: string | null } = must(
        await user.client.listTasks(user.userId, { sort: "due", order, limit: 1, ...(cursor && { cursor }) }),
      );
      walked.push(...page.tasks.map((t) => t.title));
      cursor = page.nextCursor;
    } while (cursor);
    expect(walked).toEqual(whole.map((t) => t.title));
  });
});
