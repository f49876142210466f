import type { ApiResult, Task } from "@todo/contracts";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { makeQueryClient } from "@/lib/query-client";
import { completeOccurrenceOptions, predictCompletion, undoOccurrenceOptions } from "./complete-occurrence";
import { runMutation } from "./run-mutation";
import { ALL, deferred, listed, makeTask, ok, refused, seedList, USER } from "./test-support";

const api = vi.hoisted(() => ({ completeTask: vi.fn(), undoCompletion: vi.fn(), updateTask: vi.fn() }));
vi.mock("@/lib/api-client", () => ({ apiClient: api, keepaliveClient: api }));
vi.mock("sonner", () => ({ toast: Object.assign(vi.fn(), { error: vi.fn() }) }));

const TODAY = "2026-12-02";
const daily = (fields: Partial<Task> = {}) =>
  makeTask(1, { dueDate: TODAY, recurrence: { rule: "FREQ=DAILY", from: "due" }, ...fields });

beforeEach(() => {
  vi.resetAllMocks();
});

describe("predictCompletion", () => {
  it("moves a task to its next date, subtasks not done again", () => {
    const task = daily({ subtasks: { total: 3, completed: 2 } });
    expect(predictCompletion(task, TODAY)).toEqual({
      ...task,
      dueDate: "2026-12-03",
      subtasks: { total: 3, completed: 0 },
    });
  });

  it("steps over the days missed, and counts from today after completion", () => {
    expect(predictCompletion(daily({ dueDate: "2026-11-20" }), TODAY)?.dueDate).toBe(TODAY);
    const weekly = { rule: "FREQ=WEEKLY;BYDAY=MO", from: "completion" as const };
    expect(predictCompletion(daily({ dueDate: "2026-11-16", recurrence: weekly }), TODAY)?.dueDate).toBe("2026-12-07");
  });

  it("completes for good a series past its UNTIL", () => {
    const ending = daily({ recurrence: { rule: "FREQ=DAILY;UNTIL=20261202", from: "due" } });
    expect(predictCompletion(ending, TODAY)).toEqual({ ...ending, completed: true });
  });

  it("cannot tell for a COUNT series (the server counts), nor for a task that does not repeat", () => {
    expect(predictCompletion(daily({ recurrence: { rule: "FREQ=DAILY;COUNT=3", from: "due" } }), TODAY)).toBeNull();
    expect(predictCompletion(makeTask(1, { dueDate: TODAY }), TODAY)).toBeNull();
    expect(predictCompletion(daily({ completed: true }), TODAY)).toBeNull();
  });
});

describe("completing an occurrence and undoing it", () => {
  it("shows the next date at once, sends …/complete without If-Match, and keeps the completion's id", async () => {
    const client = makeQueryClient(() => {});
    const task = daily();
    seedList(client, ALL, [task]);
    const moved = daily({ dueDate: "2026-12-03", updatedAt: "2026-12-02T10:00:00.000Z" });
    const answer = deferred<ApiResult<Task> & { completionId?: number }>();
    api.completeTask.mockReturnValueOnce(answer.promise);

    const done = runMutation(client, completeOccurrenceOptions(client, USER, 1), { task, today: TODAY });
    await vi.waitFor(() => expect(api.completeTask).toHaveBeenCalledWith(USER, 1, { completed: true }));
    expect(listed(client, ALL)[0]?.dueDate).toBe("2026-12-03");
    expect(api.updateTask).not.toHaveBeenCalled();

    answer.resolve({ ...ok(moved), completionId: 42 });
    expect(await done).toEqual({ task: moved, completionId: 42 });
    expect(listed(client, ALL)).toEqual([moved]);

    const back = daily({ updatedAt: "2026-12-02T10:01:00.000Z" });
    api.undoCompletion.mockResolvedValueOnce(ok(back));
    await runMutation(client, undoOccurrenceOptions(client, USER, 1), { before: task, completionId: 42 });
    expect(api.undoCompletion).toHaveBeenCalledWith(USER, 1, 42);
    expect(listed(client, ALL)).toEqual([back]);
  });

  it("waits for the server's word on a COUNT series, and puts the task back when refused", async () => {
    const client = makeQueryClient(() => {});
    const task = daily({ recurrence: { rule: "FREQ=DAILY;COUNT=2", from: "due" } });
    seedList(client, ALL, [task]);
    const answer = deferred<ApiResult<Task>>();
    api.completeTask.mockReturnValueOnce(answer.promise);

    const done = runMutation(client, completeOccurrenceOptions(client, USER, 1), { task, today: TODAY }).catch(
      (error: Error) => error.message,
    );
    await vi.waitFor(() => expect(api.completeTask).toHaveBeenCalled());
    expect(listed(client, ALL)).toEqual([task]);
    answer.resolve(refused(404, "Task not found"));
    expect(await done).toBe("Task not found");
    expect(listed(client, ALL)).toEqual([task]);
  });
});
