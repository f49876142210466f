import { InfiniteQueryObserver } from "@tanstack/react-query";
import type { Task } from "@todo/contracts";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { makeQueryClient } from "@/lib/query-client";
import { runMutation } from "./run-mutation";
import {
  ACTIVE,
  ALL,
  COMPLETED,
  holdAnswer,
  listed,
  must,
  type ServerUser,
  seedList,
  signUpOnServer,
} from "./test-support";
import { taskListOptions } from "./use-task-list";
import { updateTaskOptions } from "./use-update-task";

// The hooks' requests go to the app server (see test-support.ts), as this test's user.
vi.mock("@/lib/api-client", async () => (await import("./test-support")).serverApiClients());

const NO_SUCH_TASK = "No such task";

const handlers = { onError: vi.fn(), onConflict: vi.fn() };
let user: ServerUser;

beforeEach(async () => {
  vi.resetAllMocks();
  user = await signUpOnServer();
});

/** Tasks created on the server one after another, so that the newest comes first in a list by creation. */
async function createTasks(...inputs: { title: string; completed?: boolean }[]): Promise<Task[]> {
  const tasks: Task[] = [];
  for (const input of inputs) tasks.push(must(await user.api.createTask(user.userId, input)));
  return tasks;
}

const update = (client: ReturnType<typeof makeQueryClient>, task: Task, change: object) =>
  runMutation(client, updateTaskOptions(client, user.userId, task.id, handlers), { task, change }).catch(() => {});

const onServer = async (id: number) => must(await user.api.getTask(user.userId, id));
const list = (client: ReturnType<typeof makeQueryClient>, filters: typeof ALL) => listed(client, filters, user.userId);

describe("updateTaskOptions", () => {
  it("sends one task's changes one after another, each with the ETag the one before produced", async () => {
    const [v0] = (await createTasks({ title: "First" })) as [Task];
    const client = makeQueryClient(() => {});
    seedList(client, ALL, [v0], user.userId);
    const renamed = holdAnswer(user.userId, "PATCH", `/${v0.id}`);

    const first = update(client, v0, { title: "Final" });
    const second = update(client, list(client, ALL)[0] as Task, { completed: true });
    await renamed.arrived;
    expect(list(client, ALL)).toEqual([{ ...v0, title: "Final", completed: true }]);
    // The second change waits for the first one's answer: the server has only the first so far.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await onServer(v0.id)).toMatchObject({ title: "Final", completed: false });

    renamed.release();
    await Promise.all([first, second]);
    // Sent with the ETag the first produced, the second is accepted (an older one would be 412).
    const saved = await onServer(v0.id);
    expect(saved).toMatchObject({ title: "Final", completed: true });
    expect(handlers.onConflict).not.toHaveBeenCalled();
    expect(handlers.onError).not.toHaveBeenCalled();
    expect(list(client, ALL)).toEqual([saved]);
  });

  it("never lets a list read sent before a change overwrite it, and reads the list again once it is saved", async () => {
    const [v0] = (await createTasks({ title: "Read" })) as [Task];
    const client = makeQueryClient(() => {});
    seedList(client, ALL, [v0], user.userId);
    // A read is sent now, though the seeded list is fresh (as a refresh after another write would send it).
    const staleRead = holdAnswer(user.userId, "GET", "");
    const stop = new InfiniteQueryObserver(client, { ...taskListOptions(user.userId, ALL), staleTime: 0 }).subscribe(
      () => {},
    );
    await staleRead.arrived;

    const saving = holdAnswer(user.userId, "PATCH", `/${v0.id}`);
    const done = update(client, v0, { completed: true });
    await saving.arrived;
    // The read answers while the change is on its way, with the task as it was before.
    staleRead.release();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(list(client, ALL)).toEqual([{ ...v0, completed: true }]);

    // Meanwhile another tab adds a task: only a list read after the change has it.
    const [other] = (await createTasks({ title: "Added elsewhere" })) as [Task];
    saving.release();
    await done;
    await vi.waitFor(() => expect(list(client, ALL).map((t) => t.id)).toEqual([other.id, v0.id]));
    await vi.waitFor(() => expect(client.isFetching()).toBe(0));
    const saved = await onServer(v0.id);
    expect(saved.completed).toBe(true);
    expect(list(client, ALL)).toEqual([other, saved]);
    stop();
  });

  it("puts a refused change back where the task stood, even in a list it had left, and says why", async () => {
    const tasks = (await createTasks({ title: "One" }, { title: "Two" }, { title: "Three" })).reverse();
    const [, two] = tasks as [Task, Task, Task];
    // Deleted in another tab: the server refuses the change (404).
    must(await user.api.deleteTask(user.userId, two.id));
    const client = makeQueryClient(() => {});
    seedList(client, ACTIVE, tasks, user.userId);
    seedList(client, ALL, tasks, user.userId);
    const answer = holdAnswer(user.userId, "PATCH", `/${two.id}`);

    const done = update(client, two, { completed: true });
    await answer.arrived;
    expect(list(client, ACTIVE)).toEqual([tasks[0], tasks[2]]);
    expect(list(client, ALL)[1]?.completed).toBe(true);

    answer.release();
    await done;
    expect(list(client, ACTIVE)).toEqual(tasks);
    expect(list(client, ALL)).toEqual(tasks);
    expect(handlers.onError).toHaveBeenCalledWith(NO_SUCH_TASK);
  });

  it("moves a completed task into a cached list of completed tasks in its sorted place, and out again when refused", async () => {
    const [one, two, three] = (await createTasks(
      { title: "One", completed: true },
      { title: "Two" },
      { title: "Three", completed: true },
    )) as [Task, Task, Task];
    must(await user.api.deleteTask(user.userId, two.id));
    const client = makeQueryClient(() => {});
    seedList(client, ACTIVE, [two], user.userId);
    seedList(client, COMPLETED, [three, one], user.userId);
    const answer = holdAnswer(user.userId, "PATCH", `/${two.id}`);

    const sent = update(client, two, { completed: true });
    await answer.arrived;
    expect(list(client, COMPLETED).map((t) => t.id)).toEqual([three.id, two.id, one.id]);
    expect(list(client, ACTIVE)).toEqual([]);

    answer.release();
    await sent;
    expect(list(client, COMPLETED)).toEqual([three, one]);
    expect(list(client, ACTIVE)).toEqual([two]);
    expect(handlers.onError).toHaveBeenCalledWith(NO_SUCH_TASK);
  });

  it("shows the version another tab saved first and asks which to keep", async () => {
    const [v0] = (await createTasks({ title: "Ours" })) as [Task];
    const theirs = must(await user.api.updateTask(user.userId, v0.id, { title: "Theirs" }));
    const client = makeQueryClient(() => {});
    seedList(client, ALL, [v0], user.userId);

    await update(client, v0, { title: "Mine" });
    expect(await onServer(v0.id)).toEqual(theirs);
    expect(list(client, ALL)).toEqual([theirs]);
    expect(handlers.onConflict).toHaveBeenCalledWith({ mine: { title: "Mine" }, theirs });
    expect(handlers.onError).not.toHaveBeenCalled();
  });
  it("saves a parent changed on a copy from before its subtasks changed, asking nothing: its counts are no conflict", async () => {
    const [parent] = (await createTasks({ title: "Pack" })) as [Task];
    const client = makeQueryClient(() => {});
    seedList(client, ALL, [parent], user.userId);
    // Another device adds a subtask: the parent's ETag now names its counts, the page still holds the old ones.
    must(await user.api.createTask(user.userId, { title: "Socks", parentId: parent.id }));

    await update(client, parent, { title: "Pack the bags" });

    expect(handlers.onConflict).not.toHaveBeenCalled();
    expect(handlers.onError).not.toHaveBeenCalled();
    expect(await onServer(parent.id)).toMatchObject({ title: "Pack the bags", subtasks: { total: 1, completed: 0 } });
  });

  it("still asks which version to keep when the parent itself was changed elsewhere", async () => {
    const [parent] = (await createTasks({ title: "Pack" })) as [Task];
    const client = makeQueryClient(() => {});
    seedList(client, ALL, [parent], user.userId);
    must(await user.api.createTask(user.userId, { title: "Socks", parentId: parent.id }));
    must(await user.api.updateTask(user.userId, parent.id, { title: "Pack light" }));

    await update(client, parent, { title: "Pack the bags" });

    expect(handlers.onConflict).toHaveBeenCalledTimes(1);
    expect(await onServer(parent.id)).toMatchObject({ title: "Pack light" });
  });
});
