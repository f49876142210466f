import { taskEtag } from "@todo/contracts";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { makeQueryClient } from "@/lib/query-client";
import { deleteTaskOptions, UndoneError } from "./delete-task";
import { taskKeys } from "./keys";
import { runMutation } from "./run-mutation";
import { ALL, listed, makeTask, ok, refused, seedList, USER } from "./test-support";

const api = vi.hoisted(() => ({ deleteTask: vi.fn() }));
vi.mock("@/lib/api-client", () => ({ apiClient: api, keepaliveClient: api }));

beforeEach(() => {
  vi.resetAllMocks();
});

describe("deleteTaskOptions", () => {
  it("tells the server nothing when Undo is taken, and leaves the task in the lists", async () => {
    const client = makeQueryClient(() => {});
    seedList(client, ALL, [makeTask(1)]);
    const offer = Promise.reject(new UndoneError());
    await expect(runMutation(client, deleteTaskOptions(client, USER, 1), { task: makeTask(1), offer })).rejects.toThrow(
      UndoneError,
    );
    expect(api.deleteTask).not.toHaveBeenCalled();
    expect(listed(client, ALL)).toEqual([makeTask(1)]);
  });

  it("once the offer runs out, deletes with the newest version known and takes the task out of every list", async () => {
    const client = makeQueryClient(() => {});
    seedList(client, ALL, [makeTask(2), makeTask(1)]);
    client.setQueryData(taskKeys.saved(USER, 1), makeTask(1, { version: 3 }));
    api.deleteTask.mockResolvedValueOnce(ok(undefined));

    await runMutation(client, deleteTaskOptions(client, USER, 1), { task: makeTask(1), offer: Promise.resolve() });
    expect(api.deleteTask).toHaveBeenCalledWith(USER, 1, { ifMatch: taskEtag(makeTask(1, { version: 3 })) });
    expect(listed(client, ALL)).toEqual([makeTask(2)]);
  });

  it("takes a task already gone (404) as deleted, and fails on any other refusal", async () => {
    const client = makeQueryClient(() => {});
    seedList(client, ALL, [makeTask(2), makeTask(1)]);
    api.deleteTask.mockResolvedValueOnce(refused(404, "Not found"));
    api.deleteTask.mockResolvedValueOnce(refused(503, "The database is unavailable"));
    const remove = (id: number) =>
      runMutation(client, deleteTaskOptions(client, USER, id), { task: makeTask(id), offer: Promise.resolve() });

    await remove(1);
    await expect(remove(2)).rejects.toThrow("The database is unavailable");
    expect(listed(client, ALL)).toEqual([makeTask(2)]);
  });
});
