import { type Task, taskEtag } from "@todo/contracts";
import { describe, expect, inject, it } from "vitest";
import { type ApiUser, apiUser, must } from "../support/api-user";
import { expectProblemResult } from "../support/problems";

const baseUrl = inject("appUrl");
const changed = "The task was changed since you read it: fetch it again and retry";

/** A parent with two subtasks, the first completed, and the parent's ETag as its GET answers it. */
async function parentWithSubtasks() {
  const user = await apiUser(baseUrl);
  const parent = must(await user.client.createTask(user.userId, { title: "Move house" }));
  const first = must(await user.client.createTask(user.userId, { title: "Book the van", parentId: parent.id }));
  const second = must(await user.client.createTask(user.userId, { title: "Pack", parentId: parent.id }));
  must(await user.client.completeTask(user.userId, first.id, { completed: true }));
  const read = await user.raw(`/${parent.id}`);
  const etag = read.headers.get("etag") ?? "";
  return { user, parent: (await read.json()) as Task, etag, first, second };
}

type Setup = Awaited<ReturnType<typeof parentWithSubtasks>>;

/** Writes to a subtask that change only what the parent answers in `subtasks`. */
const subtaskWrites: [string, (s: Setup) => Promise<unknown>, Task["subtasks"]][] = [
  [
    "a subtask added",
    (s) => s.user.client.createTask(s.user.userId, { title: "Clean", parentId: s.parent.id }),
    { total: 3, completed: 1 },
  ],
  [
    "a subtask completed",
    (s) => s.user.client.completeTask(s.user.userId, s.second.id, { completed: true }),
    { total: 2, completed: 2 },
  ],
  [
    "a subtask reopened",
    (s) => s.user.client.completeTask(s.user.userId, s.first.id, { completed: false }),
    { total: 2, completed: 0 },
  ],
  ["a subtask deleted", (s) => s.user.client.deleteTask(s.user.userId, s.second.id), { total: 1, completed: 1 }],
];

describe("a parent's ETag names its subtasks' counts (RFC 9110 § 8.8.3: a new representation, a new ETag)", () => {
  it.each(subtaskWrites)(
    "GET with If-None-Match of the old ETag answers 200 and the new counts after %s",
    async (_name, write, counts) => {
      const setup = await parentWithSubtasks();
      const { user, parent, etag } = setup;
      must((await write(setup)) as { ok: true; data: unknown });
      const response = await user.raw(`/${parent.id}`, { headers: { "If-None-Match": etag } });
      const now = { ...parent, subtasks: counts };
      const text = await response.text();
      expect({ status: response.status, etag: response.headers.get("etag"), body: text && JSON.parse(text) }).toEqual({
        status: 200,
        etag: taskEtag(now),
        body: now,
      });
      expect(taskEtag(now)).not.toBe(etag);
      const again = await user.raw(`/${parent.id}`, { headers: { "If-None-Match": taskEtag(now) } });
      expect(again.status).toBe(304);
    },
  );

  it.each(subtaskWrites)(
    "If-Match of the old ETag answers 412 after %s; the current one writes",
    async (_name, write) => {
      const setup = await parentWithSubtasks();
      const { user, parent, etag } = setup;
      must((await write(setup)) as { ok: true; data: unknown });
      expectProblemResult(
        user,
        await user.client.updateTask(user.userId, parent.id, { title: "Stale" }, { ifMatch: etag }),
        412,
        changed,
      );
      const current = must(await user.client.getTask(user.userId, parent.id));
      expect(current.title).toBe("Move house");
      const renamed = must(
        await user.client.updateTask(user.userId, parent.id, { title: "Renamed" }, { ifMatch: taskEtag(current) }),
      );
      expect(renamed).toMatchObject({ title: "Renamed", subtasks: current.subtasks });
    },
  );

  it("the change feed tells of the parent's new counts, with the data its new ETag is made from", async () => {
    const setup = await parentWithSubtasks();
    const { user, parent, second } = setup;
    const { next } = must(await user.client.listChanges(user.userId, { since: "now" }));
    must(await user.client.completeTask(user.userId, second.id, { completed: true }));
    const { changes } = must(await user.client.listChanges(user.userId, { since: next }));
    const read = await user.raw(`/${parent.id}`);
    const told = changes.find((c) => c.type === "task.updated" && c.id === parent.id);
    expect(told?.data).toEqual({ ...parent, subtasks: { total: 2, completed: 2 } });
    expect(taskEtag(told?.data as Task)).toBe(read.headers.get("etag"));
  });

  it("a task without subtasks keeps the ETag it had: its updatedAt alone", async () => {
    const user: ApiUser = await apiUser(baseUrl);
    const task = must(await user.client.createTask(user.userId, { title: "Alone" }));
    const read = await user.raw(`/${task.id}`);
    expect(read.headers.get("etag")).toBe(`"${Date.parse(task.updatedAt)}"`);
  });
});
