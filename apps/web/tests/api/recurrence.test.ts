import type { Task } from "@todo/contracts";
import { addDays, todayIn } from "@todo/dates";
import { describe, expect, inject, it } from "vitest";
import { type ApiUser, apiUser, createTasks, must } from "../support/api-user";
import { expectProblem, expectProblemResult } from "../support/problems";

const baseUrl = inject("appUrl");
const DAILY = { rule: "FREQ=DAILY", from: "due" as const };

/** A date far enough ahead that "today" never reaches it during the run. */
const AHEAD = "2030-01-07";

async function recurringTask(user: ApiUser, fields: Record<string, unknown> = {}) {
  const [task] = (await createTasks(user, [
    { title: "Water plants", dueDate: AHEAD, recurrence: DAILY, ...fields },
  ])) as [Task];
  return task;
}

/** Runs `send` and gives what it answered and the dates "today" could be in `zone` while it ran. */
async function aroundToday<T>(zone: string, send: () => Promise<T>): Promise<{ result: T; today: string[] }> {
  const before = todayIn(zone);
  const result = await send();
  return { result, today: [...new Set([before, todayIn(zone)])] };
}

describe("recurrence: validation, field by field", () => {
  it.each([
    ["not an object", "FREQ=DAILY", "recurrence", expect.stringMatching(/expected object/)],
    ["no rule", { from: "due" }, "recurrence.rule", expect.stringMatching(/expected string/)],
    ["no from", { rule: "FREQ=DAILY" }, "recurrence.from", expect.stringMatching(/Invalid option/)],
    [
      "an unknown from",
      { rule: "FREQ=DAILY", from: "start" },
      "recurrence.from",
      expect.stringMatching(/Invalid option/),
    ],
    [
      "an unknown field",
      { rule: "FREQ=DAILY", from: "due", dtstart: "2026-01-01" },
      "recurrence.dtstart",
      "Unknown field",
    ],
    ["an empty rule", { rule: "", from: "due" }, "recurrence.rule", "A rule is needed, such as FREQ=WEEKLY;BYDAY=MO"],
    [
      "an hourly rule",
      { rule: "FREQ=HOURLY", from: "due" },
      "recurrence.rule",
      expect.stringMatching(/^FREQ must be DAILY, WEEKLY/),
    ],
    [
      "BYSETPOS",
      { rule: "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1", from: "due" },
      "recurrence.rule",
      expect.stringMatching(/^BYSETPOS is not supported/),
    ],
    [
      "an ordinal with WEEKLY",
      { rule: "FREQ=WEEKLY;BYDAY=2MO", from: "due" },
      "recurrence.rule",
      expect.stringMatching(/^BYDAY takes ordinals/),
    ],
    [
      "COUNT and UNTIL",
      { rule: "FREQ=DAILY;COUNT=3;UNTIL=20301231", from: "due" },
      "recurrence.rule",
      "A rule ends with COUNT or with UNTIL, not both",
    ],
    [
      "an UNTIL with a time",
      { rule: "FREQ=DAILY;UNTIL=20301231T000000Z", from: "due" },
      "recurrence.rule",
      expect.stringMatching(/^UNTIL must be a date/),
    ],
    [
      "a DTSTART",
      { rule: "DTSTART:20260101\nRRULE:FREQ=DAILY", from: "due" },
      "recurrence.rule",
      expect.stringMatching(/^Send only the rule's parts/),
    ],
  ])("refuses %s with 422 at its path, creating nothing", async (_name, recurrence, path, message) => {
    const user = await apiUser(baseUrl);
    const result = await user.client.createTask(user.userId, { title: "t", dueDate: AHEAD, recurrence } as never);
    expectProblemResult(user, result, 422, "Some fields are invalid", [{ path, message }]);
    expect(must(await user.client.listTasks(user.userId)).tasks).toEqual([]);
  });

  it("names every part at fault, one error each", async () => {
    const user = await apiUser(baseUrl);
    const result = await user.client.createTask(user.userId, {
      title: "t",
      dueDate: AHEAD,
      recurrence: { rule: "FREQ=MONTHLY;BYMONTHDAY=32;WKST=SU", from: "due" },
    });
    expectProblemResult(user, result, 422, "Some fields are invalid", [
      { path: "recurrence.rule", message: expect.stringMatching(/^WKST is not supported/) },
      { path: "recurrence.rule", message: expect.stringMatching(/^BYMONTHDAY takes days from 1 to 31/) },
    ]);
  });

  it("answers the rule in its canonical order", async () => {
    const user = await apiUser(baseUrl);
    const task = await recurringTask(user, {
      recurrence: { rule: "byday=th,mo;interval=2;freq=weekly", from: "completion" },
    });
    expect(task.recurrence).toEqual({ rule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH", from: "completion" });
  });
});

describe("completing a recurring task", () => {
  it("moves it to the next occurrence, keeps it open and its time, and answers Completion-Id", async () => {
    const user = await apiUser(baseUrl);
    const task = await recurringTask(user, { dueTime: "09:00" });
    const result = await user.client.completeTask(user.userId, task.id);
    expect(result).toEqual({
      ok: true,
      data: { ...task, dueDate: "2030-01-08", updatedAt: expect.any(String) },
      etag: expect.any(String),
      completionId: expect.any(Number),
    });
    const { completionId } = result as { completionId: number };
    expect(user.lastResponse().headers.get("completion-id")).toBe(String(completionId));
    expect(must(await user.client.listCompletions(user.userId, task.id))).toEqual({
      completions: [
        { id: completionId, taskId: task.id, dueDate: AHEAD, dueTime: "09:00", completedAt: expect.any(String) },
      ],
      nextCursor: null,
    });
  });

  it("keeps 09:00 across the clocks' change: the next day, same wall-clock time", async () => {
    const user = await apiUser(baseUrl);
    must(await user.client.updateSettings(user.userId, { timeZone: "Europe/Berlin" }));
    // 2030-03-31 is the night Berlin moves its clocks forward.
    const task = await recurringTask(user, { dueDate: "2030-03-30", dueTime: "09:00" });
    expect(must(await user.client.completeTask(user.userId, task.id))).toMatchObject({
      dueDate: "2030-03-31",
      dueTime: "09:00",
    });
  });

  it("weeks overdue, from due: lands on the first occurrence today or later, never in the past", async () => {
    const user = await apiUser(baseUrl);
    const task = await recurringTask(user, {
      dueDate: "2026-01-05",
      recurrence: { rule: "FREQ=WEEKLY;BYDAY=MO", from: "due" },
    });
    const { result, today } = await aroundToday("UTC", () => user.client.completeTask(user.userId, task.id));
    const mondays = today.map((day) => addDays(day, (8 - new Date(`${day}T00:00:00Z`).getUTCDay()) % 7));
    expect(mondays).toContain(must(result).dueDate);
  });

  it("from completion: the rule applied from today in the user's zone", async () => {
    const user = await apiUser(baseUrl);
    must(await user.client.updateSettings(user.userId, { timeZone: "Asia/Tokyo" }));
    const task = await recurringTask(user, { recurrence: { rule: "FREQ=DAILY;INTERVAL=3", from: "completion" } });
    const { result, today } = await aroundToday("Asia/Tokyo", () => user.client.completeTask(user.userId, task.id));
    expect(today.map((day) => addDays(day, 3))).toContain(must(result).dueDate);
  });

  it("resets its subtasks; undo brings back the due date and the subtasks that were done", async () => {
    const user = await apiUser(baseUrl);
    const task = await recurringTask(user);
    const [done, open] = (await createTasks(user, [
      { title: "Fill the can", parentId: task.id, completed: true },
      { title: "Check the soil", parentId: task.id },
    ])) as [Task, Task];
    const result = await user.client.completeTask(user.userId, task.id);
    expect(must(result)).toMatchObject({ dueDate: "2030-01-08", subtasks: { total: 2, completed: 0 } });
    const undone = must(
      await user.client.undoCompletion(user.userId, task.id, (result as { completionId: number }).completionId),
    );
    expect(undone).toMatchObject({ dueDate: AHEAD, completed: false, subtasks: { total: 2, completed: 1 } });
    expect(must(await user.client.getTask(user.userId, done.id)).completed).toBe(true);
    expect(must(await user.client.getTask(user.userId, open.id)).completed).toBe(false);
    expect(must(await user.client.listCompletions(user.userId, task.id)).completions).toEqual([]);
  });

  it("undoes only the latest completion: 409 for an older one, 404 for an unknown one or another user's", async () => {
    const [user, other] = await Promise.all([apiUser(baseUrl), apiUser(baseUrl)]);
    const task = await recurringTask(user);
    const first = (await user.client.completeTask(user.userId, task.id)) as { completionId: number };
    const second = (await user.client.completeTask(user.userId, task.id)) as { completionId: number };
    const older = await user.client.undoCompletion(user.userId, task.id, first.completionId);
    expectProblemResult(user, older, 409, "Only the latest completion can be undone: undo the later ones first");
    expectProblemResult(
      user,
      await user.client.undoCompletion(user.userId, task.id, 2147483647),
      404,
      "No such completion",
    );
    const theirs = await recurringTask(other);
    const foreign = await user.client.undoCompletion(user.userId, theirs.id, second.completionId);
    expectProblemResult(user, foreign, 404, "No such task");
    const raw = await user.raw(`/${task.id}/completions/abc`, { method: "DELETE" });
    await expectProblem(raw, 404, "No such completion");
    expect(must(await user.client.undoCompletion(user.userId, task.id, second.completionId)).dueDate).toBe(
      "2030-01-08",
    );
    expect(must(await user.client.undoCompletion(user.userId, task.id, first.completionId)).dueDate).toBe(AHEAD);
  });

  it("at the end of its series (COUNT) completes the task for good; it can be reopened", async () => {
    const user = await apiUser(baseUrl);
    const task = await recurringTask(user, { recurrence: { rule: "FREQ=DAILY;COUNT=2", from: "due" } });
    expect(must(await user.client.completeTask(user.userId, task.id))).toMatchObject({
      dueDate: "2030-01-08",
      completed: false,
    });
    const last = await user.client.completeTask(user.userId, task.id);
    expect(last).toMatchObject({
      ok: true,
      data: { dueDate: "2030-01-08", completed: true },
      completionId: expect.any(Number),
    });
    const reopened = await user.client.completeTask(user.userId, task.id);
    expect(reopened).toEqual({
      ok: true,
      data: expect.objectContaining({ completed: false, dueDate: "2030-01-08" }),
      etag: expect.any(String),
    });
    expect(user.lastResponse().headers.get("completion-id")).toBeNull();
  });

  it("at the end of its series (UNTIL) completes the task for good", async () => {
    const user = await apiUser(baseUrl);
    const task = await recurringTask(user, { recurrence: { rule: "FREQ=WEEKLY;UNTIL=20300110", from: "due" } });
    expect(must(await user.client.completeTask(user.userId, task.id))).toMatchObject({
      dueDate: AHEAD,
      completed: true,
    });
  });

  it("uncompleting an open recurring task records nothing", async () => {
    const user = await apiUser(baseUrl);
    const task = await recurringTask(user);
    const result = await user.client.completeTask(user.userId, task.id, { completed: false });
    expect(result).toEqual({ ok: true, data: { ...task, updatedAt: expect.any(String) }, etag: expect.any(String) });
    expect(must(await user.client.listCompletions(user.userId, task.id)).completions).toEqual([]);
  });

  it("lists completions newest first, a page at a time", async () => {
    const user = await apiUser(baseUrl);
    const task = await recurringTask(user);
    const ids: number[] = [];
    for (let i = 0; i < 3; i++)
      ids.push(((await user.client.completeTask(user.userId, task.id)) as { completionId: number }).completionId);
    const first = must(await user.client.listCompletions(user.userId, task.id, { limit: 2 }));
    expect(user.lastResponse().headers.get("link")).toBe(
      `</api/${user.userId}/tasks/${task.id}/completions?limit=2&cursor=${ids[1]}>; rel="next"`,
    );
    const second = must(
      await user.client.listCompletions(user.userId, task.id, { limit: 2, cursor: first.nextCursor as string }),
    );
    expect([...first.completions, ...second.completions].map((c) => c.id)).toEqual([...ids].reverse());
    expect(second.completions.map((c) => c.dueDate)).toEqual([AHEAD]);
    expect(second.nextCursor).toBeNull();
  });

  it("completions of a task that is not the user's are 404; a bad cursor or limit is 400", async () => {
    const [user, other] = await Promise.all([apiUser(baseUrl), apiUser(baseUrl)]);
    const theirs = await recurringTask(other);
    expectProblemResult(user, await user.client.listCompletions(user.userId, theirs.id), 404, "No such task");
    const mine = await recurringTask(user);
    await expectProblem(await user.raw(`/${mine.id}/completions?cursor=x`), 400, "Invalid query parameters", [
      { path: "cursor", message: "The cursor is invalid or belongs to another sort order" },
    ]);
    await expectProblem(await user.raw(`/${mine.id}/completions?limit=0`), 400, "Invalid query parameters", [
      { path: "limit", message: "limit must be at least 1" },
    ]);
    await expectProblem(await user.raw(`/${mine.id}/completions?limit=all`), 400, "Invalid query parameters", [
      { path: "limit", message: "limit must be a whole number" },
    ]);
  });
});
