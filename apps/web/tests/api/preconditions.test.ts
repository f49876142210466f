import { type Task, taskEtag } from "@todo/contracts";
import { describe, expect, inject, it } from "vitest";
import { type ApiUser, apiUser, createTasks, must } from "../support/api-user";
import { expectProblemResult } from "../support/problems";

const baseUrl = inject("appUrl");
const changed = "The task was changed since you read it: fetch it again and retry";
const foreignEtag = "If-Match must be an ETag this API sent for the task";

const writes = [
  ["PUT", (u: ApiUser, id: number, ifMatch: string) => u.client.replaceTask(u.userId, id, { title: "W" }, { ifMatch })],
  [
    "PATCH",
    (u: ApiUser, id: number, ifMatch: string) => u.client.updateTask(u.userId, id, { title: "W" }, { ifMatch }),
  ],
  ["DELETE", (u: ApiUser, id: number, ifMatch: string) => u.client.deleteTask(u.userId, id, { ifMatch })],
  ["PATCH complete", (u: ApiUser, id: number, ifMatch: string) => u.client.completeTask(u.userId, id, { ifMatch })],
] as const;

/** A task read once (its ETag kept), then changed by someone else: the kept ETag is stale. */
async function staleRead() {
  const user = await apiUser(baseUrl);
  const [task] = (await createTasks(user, [{ title: "Shared" }])) as [Task];
  const staleEtag = taskEtag(task);
  const current = must(await user.client.updateTask(user.userId, task.id, { description: "edited in another tab" }));
  return { user, id: task.id, staleEtag, current };
}

describe("412 when If-Match names a version that is no longer current", () => {
  it.each(writes)("%s with a stale ETag answers 412 and changes nothing", async (_name, write) => {
    const { user, id, staleEtag, current } = await staleRead();
    expectProblemResult(user, await write(user, id, staleEtag), 412, changed);
    expect(await user.client.getTask(user.userId, id)).toEqual({ ok: true, data: current, etag: taskEtag(current) });
  });

  it.each(writes)("%s with the current ETag succeeds, after which that ETag is stale", async (name, write) => {
    const { user, id, current } = await staleRead();
    const etag = taskEtag(current);
    expect((await write(user, id, etag)).ok).toBe(true);
    const again = await write(user, id, etag);
    if (name === "DELETE") expectProblemResult(user, again, 404, "No such task");
    else expectProblemResult(user, again, 412, changed);
  });

  it.each(writes)("%s with a list naming the current version among others succeeds", async (_name, write) => {
    const { user, id, staleEtag, current } = await staleRead();
    expect((await write(user, id, `${staleEtag}, W/"7", "x,y", ${taskEtag(current)}`)).ok).toBe(true);
  });

  it.each(writes)("%s with a list of stale versions only answers 412 and changes nothing", async (_name, write) => {
    const { user, id, staleEtag, current } = await staleRead();
    expectProblemResult(user, await write(user, id, `${staleEtag}, "1"`), 412, changed);
    expect(must(await user.client.getTask(user.userId, id))).toEqual(current);
  });

  // Past 9999-12-31T23:59:59.999Z: no version can be that late (500 before: the database refused the instant).
  it.each(['W/"1"', "abc", '"-1"', `W/"1", "x"`, '""', '"253402300800000"', '"999999999999999-999-999"'])(
    "refuses If-Match %s, which this API never sent",
    async (etag) => {
      const { user, id, current } = await staleRead();
      for (const [, write] of writes) expectProblemResult(user, await write(user, id, etag), 412, foreignEtag);
      expect(must(await user.client.getTask(user.userId, id))).toEqual(current);
    },
  );

  it("treats If-Match: * as any version", async () => {
    const { user, id } = await staleRead();
    expect(must(await user.client.updateTask(user.userId, id, { title: "Starred" }, { ifMatch: "*" })).title).toBe(
      "Starred",
    );
  });

  it("answers 404, not 412, when the task is gone", async () => {
    const { user, id, staleEtag } = await staleRead();
    must(await user.client.deleteTask(user.userId, id));
    for (const [, write] of writes) expectProblemResult(user, await write(user, id, staleEtag), 404, "No such task");
  });
});
