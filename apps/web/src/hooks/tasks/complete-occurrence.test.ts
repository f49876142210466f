import type { Task } from "@todo/contracts";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { makeQueryClient } from "@/lib/query-client";
import { completeOccurrenceOptions, predictCompletion, undoOccurrenceOptions } from "./complete-occurrence";
import { runMutation } from "./run-mutation";
import { ALL, holdAnswer, listed, makeTask, must, type ServerUser, seedList, signUpOnServer } from "./test-support";

// The hooks' requests go to the app server (see test-support.ts), as the user each test signs up.
vi.mock("@/lib/api-client", async () => (await import("./test-support")).serverApiClients());
vi.mock("sonner", () => ({ toast: Object.assign(vi.fn(), { error: vi.fn() }) }));

const TODAY = "2026-12-02";
const daily = (fields: Partial<Task> = {}) =>
  makeTask(1, { dueDate: TODAY, recurrence: { rule: "FREQ=DAILY", from: "due" }, ...fields });

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
  // Due after any real today: the server's next date (due + 1 day) does not depend on the day the test runs.
  const DUE = "2099-12-02";
  const today = () => new Date().toISOString().slice(0, 10);
  let user: ServerUser;

  beforeEach(async () => {
    user = await signUpOnServer();
  });

  const createDaily = async (rule = "FREQ=DAILY") =>
    must(
      await user.api.createTask(user.userId, {
        title: "Water the plants",
        dueDate: DUE,
        recurrence: { rule, from: "due" },
      }),
    );
  const onServer = async (id: number) => must(await user.api.getTask(user.userId, id));
  const completions = async (id: number) => must(await user.api.listCompletions(user.userId, id)).completions;

  it("shows the next date at once, sends …/complete without If-Match, and keeps the completion's id", async () => {
    const task = await createDaily();
    // Changed in another tab since the page read it: a write naming the version read would be 412.
    must(await user.api.updateTask(user.userId, task.id, { description: "watered twice" }));
    const client = makeQueryClient(() => {});
    seedList(client, ALL, [task], user.userId);
    const answer = holdAnswer(user.userId, "PATCH", `/${task.id}/complete`);

    const done = runMutation(client, completeOccurrenceOptions(client, user.userId, task.id), { task, today: today() });
    await answer.arrived;
    expect(listed(client, ALL, user.userId)[0]?.dueDate).toBe("2099-12-03");

    answer.release();
    const result = await done;
    // Completed as an occurrence (a PATCH of {completed} would have ended the series, with no completion).
    const moved = await onServer(task.id);
    expect(moved).toMatchObject({ dueDate: "2099-12-03", completed: false, description: "watered twice" });
    const [completion, ...older] = await completions(task.id);
    expect(older).toEqual([]);
    expect(result).toEqual({ task: moved, completionId: completion?.id });
    expect(listed(client, ALL, user.userId)).toEqual([moved]);

    const back = await runMutation(client, undoOccurrenceOptions(client, user.userId, task.id), {
      before: task,
      completionId: result.completionId as number,
    });
    expect(await onServer(task.id)).toEqual(back);
    expect(back).toMatchObject({ dueDate: DUE, completed: false });
    expect(await completions(task.id)).toEqual([]);
    expect(listed(client, ALL, user.userId)).toEqual([back]);
  });

  it("waits for the server's word on a COUNT series, and puts the task back when refused", async () => {
    const task = await createDaily("FREQ=DAILY;COUNT=2");
    // Deleted in another tab: the server refuses the completion (404).
    must(await user.api.deleteTask(user.userId, task.id));
    const client = makeQueryClient(() => {});
    seedList(client, ALL, [task], user.userId);
    const answer = holdAnswer(user.userId, "PATCH", `/${task.id}/complete`);

    const done = runMutation(client, completeOccurrenceOptions(client, user.userId, task.id), {
      task,
      today: today(),
    }).catch((error: Error) => error.message);
    await answer.arrived;
    expect(listed(client, ALL, user.userId)).toEqual([task]);
    answer.release();
    expect(await done).toBe("No such task");
    expect(listed(client, ALL, user.userId)).toEqual([task]);
  });
});
