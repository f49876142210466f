import { InfiniteQueryObserver } from "@tanstack/react-query";
import type { ApiResult, Task } from "@todo/contracts";
import { taskEtag } from "@todo/contracts";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { makeQueryClient } from "@/lib/query-client";
import { runMutation } from "./run-mutation";
import { ACTIVE, ALL, COMPLETED, deferred, listed, makeTask, ok, refused, seedList, USER } from "./test-support";
import { taskListOptions } from "./use-task-list";
import { updateTaskOptions } from "./use-update-task";

const api = vi.hoisted(() => ({ updateTask: vi.fn(), getTask: vi.fn(), listTasks: vi.fn() }));
vi.mock("@/lib/api-client", () => ({ apiClient: api, keepaliveClient: api }));

const handlers = { onError: vi.fn(), onConflict: vi.fn() };
const update = (client: ReturnType<typeof makeQueryClient>, task: Task, change: object) =>
  runMutation(client, updateTaskOptions(client, USER, task.id, handlers), { task, change }).catch(() => {});

beforeEach(() => {
  vi.resetAllMocks();
});

describe("updateTaskOptions", () => {
  it("sends one task's changes one after another, each with the ETag the one before produced", async () => {
    const client = makeQueryClient(() => {});
    const v0 = makeTask(1);
    seedList(client, ALL, [v0]);
    const renamed = deferred<ApiResult<Task>>();
    api.updateTask.mockReturnValueOnce(renamed.promise);
    api.updateTask.mockResolvedValueOnce(ok(makeTask(1, { title: "Final", completed: true, version: 2 })));

    const first = update(client, v0, { title: "Final" });
    const second = update(client, listed(client, ALL)[0] as Task, { completed: true });
    await vi.waitFor(() => expect(api.updateTask).toHaveBeenCalledTimes(1));
    expect(listed(client, ALL)).toEqual([{ ...v0, title: "Final", completed: true }]);

    renamed.resolve(ok(makeTask(1, { title: "Final", version: 1 })));
    await Promise.all([first, second]);
    expect(api.updateTask.mock.calls).toEqual([
      [USER, 1, { title: "Final" }, { ifMatch: taskEtag(v0) }],
      [USER, 1, { completed: true }, { ifMatch: taskEtag(makeTask(1, { version: 1 })) }],
    ]);
    expect(listed(client, ALL)).toEqual([makeTask(1, { title: "Final", completed: true, version: 2 })]);
  });

  it("never lets a list read sent before a change overwrite it, and reads the list again once it is saved", async () => {
    const client = makeQueryClient(() => {});
    const v0 = makeTask(1);
    const v1 = makeTask(1, { completed: true, version: 1 });
    seedList(client, ALL, [v0]);
    const stale = deferred<unknown>();
    api.listTasks.mockReturnValueOnce(stale.promise);
    api.listTasks.mockResolvedValue(ok({ tasks: [v1], total: null, nextCursor: null }));
    const saved = deferred<ApiResult<Task>>();
    api.updateTask.mockReturnValueOnce(saved.promise);
    // A read is sent now, though the seeded list is fresh (as a refresh after another write would send it).
    const stop = new InfiniteQueryObserver(client, { ...taskListOptions(USER, ALL), staleTime: 0 }).subscribe(() => {});
    await vi.waitFor(() => expect(api.listTasks).toHaveBeenCalledTimes(1));

    const done = update(client, v0, { completed: true });
    await vi.waitFor(() => expect(api.updateTask).toHaveBeenCalledTimes(1));
    // The read answers while the change is on its way, with the task as it was before.
    stale.resolve(ok({ tasks: [v0], total: null, nextCursor: null }));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(listed(client, ALL)).toEqual([{ ...v0, completed: true }]);

    saved.resolve(ok(v1));
    await done;
    await vi.waitFor(() => expect(api.listTasks).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(client.isFetching()).toBe(0));
    expect(listed(client, ALL)).toEqual([v1]);
    stop();
  });

  it("puts a refused change back where the task stood, even in a list it had left, and says why", async () => {
    const client = makeQueryClient(() => {});
    const tasks = [makeTask(3), makeTask(2), makeTask(1)];
    seedList(client, ACTIVE, tasks);
    seedList(client, ALL, tasks);
    const answer = deferred<ApiResult<Task>>();
    api.updateTask.mockReturnValueOnce(answer.promise);

    const done = update(client, makeTask(2), { completed: true });
    await vi.waitFor(() => expect(listed(client, ACTIVE).map((t) => t.id)).toEqual([3, 1]));
    expect(listed(client, ALL)[1]?.completed).toBe(true);

    answer.resolve(refused(503, "The database is unavailable"));
    await done;
    expect(listed(client, ACTIVE)).toEqual(tasks);
    expect(listed(client, ALL)).toEqual(tasks);
    expect(handlers.onError).toHaveBeenCalledWith("The database is unavailable");
  });

  it("moves a completed task into a cached list of completed tasks in its sorted place, and out again when refused", async () => {
    const client = makeQueryClient(() => {});
    const at = (second: number) => `2026-01-01T00:00:0${second}.000Z`;
    const done = [
      makeTask(3, { completed: true, createdAt: at(3) }),
      makeTask(1, { completed: true, createdAt: at(1) }),
    ];
    seedList(client, ACTIVE, [makeTask(2, { createdAt: at(2) })]);
    seedList(client, COMPLETED, done);
    const answer = deferred<ApiResult<Task>>();
    api.updateTask.mockReturnValueOnce(answer.promise);

    const sent = update(client, makeTask(2, { createdAt: at(2) }), { completed: true });
    await vi.waitFor(() => expect(listed(client, COMPLETED).map((t) => t.id)).toEqual([3, 2, 1]));
    expect(listed(client, ACTIVE)).toEqual([]);

    answer.resolve(refused(503, "The database is unavailable"));
    await sent;
    expect(listed(client, COMPLETED)).toEqual(done);
    expect(listed(client, ACTIVE).map((t) => t.id)).toEqual([2]);
  });

  it("shows the version another tab saved first and asks which to keep", async () => {
    const client = makeQueryClient(() => {});
    seedList(client, ALL, [makeTask(1)]);
    const theirs = makeTask(1, { title: "Theirs", version: 5 });
    api.updateTask.mockResolvedValueOnce(refused(412, "Changed elsewhere"));
    api.getTask.mockResolvedValueOnce(ok(theirs));

    await update(client, makeTask(1), { title: "Mine" });
    expect(listed(client, ALL)).toEqual([theirs]);
    expect(handlers.onConflict).toHaveBeenCalledWith({ mine: { title: "Mine" }, theirs });
    expect(handlers.onError).not.toHaveBeenCalled();
  });
});
