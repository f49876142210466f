import type { Task } from "@todo/contracts";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { makeQueryClient } from "@/lib/query-client";
import { deleteTaskOptions, UndoneError } from "./delete-task";
import { taskKeys } from "./keys";
import { runMutation } from "./run-mutation";
import { ACTIVE, ALL, listed, must, type ServerUser, seedList, signUpOnServer } from "./test-support";

// The hooks' requests go to the app server (see test-support.ts), as this test's user.
vi.mock("@/lib/api-client", async () => (await import("./test-support")).serverApiClients());

let user: ServerUser;

beforeEach(async () => {
  user = await signUpOnServer();
});

/** Tasks created on the server one after another, so that the newest comes first in a list by creation. */
async function createTasks(...titles: string[]): Promise<Task[]> {
  const tasks: Task[] = [];
  for (const title of titles) tasks.push(must(await user.api.createTask(user.userId, { title })));
  return tasks;
}

const remove = (client: ReturnType<typeof makeQueryClient>, task: Task, offer: Promise<void> = Promise.resolve()) =>
  runMutation(client, deleteTaskOptions(client, user.userId, task.id), { task, offer });

const statusOf = async (id: number) => {
  const result = await user.api.getTask(user.userId, id);
  return result.ok ? 200 : result.problem.status;
};

describe("deleteTaskOptions", () => {
  it("tells the server nothing when Undo is taken, and leaves the task in the lists", async () => {
    const [task] = (await createTasks("Kept")) as [Task];
    const client = makeQueryClient(() => {});
    seedList(client, ALL, [task], user.userId);

    await expect(remove(client, task, Promise.reject(new UndoneError()))).rejects.toThrow(UndoneError);
    expect(must(await user.api.getTask(user.userId, task.id))).toEqual(task);
    expect(listed(client, ALL, user.userId)).toEqual([task]);
  });

  it("once the offer runs out, deletes with the newest version known and takes the task out of every list", async () => {
    const [first, second] = (await createTasks("Deleted", "Stays")) as [Task, Task];
    // The lists hold the task as first read; a change since was saved from this page (its answer kept).
    const saved = must(await user.api.updateTask(user.userId, first.id, { description: "changed since" }));
    const client = makeQueryClient(() => {});
    seedList(client, ALL, [second, first], user.userId);
    seedList(client, ACTIVE, [second, first], user.userId);
    client.setQueryData(taskKeys.saved(user.userId, first.id), saved);

    // The version the lists hold is stale: the server accepts the deletion only with the saved one's ETag.
    await remove(client, first);
    expect(await statusOf(first.id)).toBe(404);
    expect(await statusOf(second.id)).toBe(200);
    expect(listed(client, ALL, user.userId)).toEqual([second]);
    expect(listed(client, ACTIVE, user.userId)).toEqual([second]);
  });

  it("takes a task already gone (deleted in another tab) as deleted", async () => {
    const [first, second] = (await createTasks("Gone", "Stays")) as [Task, Task];
    must(await user.api.deleteTask(user.userId, first.id));
    const client = makeQueryClient(() => {});
    seedList(client, ALL, [second, first], user.userId);

    await remove(client, first);
    expect(await statusOf(first.id)).toBe(404);
    expect(listed(client, ALL, user.userId)).toEqual([second]);
  });

  it("fails on any other refusal: a task changed elsewhere since it was read (412) stays, on the server and in the lists", async () => {
    const [task] = (await createTasks("Changed elsewhere")) as [Task];
    const theirs = must(await user.api.updateTask(user.userId, task.id, { title: "Renamed in another tab" }));
    const client = makeQueryClient(() => {});
    seedList(client, ALL, [task], user.userId);

    await expect(remove(client, task)).rejects.toThrow("The task was changed since you read it");
    expect(must(await user.api.getTask(user.userId, task.id))).toEqual(theirs);
    expect(listed(client, ALL, user.userId)).toEqual([task]);
  });
});
