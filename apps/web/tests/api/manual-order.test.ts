import type { Task } from "@todo/contracts";
import { describe, expect, inject, it } from "vitest";
import { type ApiUser, apiUser, createTasks, must } from "../support/api-user";
import { expectProblem, expectProblemResult } from "../support/problems";

const baseUrl = inject("appUrl");
const invalid = (path: string, message: string): [number, string, { path: string; message: string }[]] => [
  422,
  "Some fields are invalid",
  [{ path, message }],
];

/** The titles of a list's (or a parent's) tasks in their manual order. */
async function order(user: ApiUser, query: { listId?: number; parentId?: number }): Promise<string[]> {
  return must(await user.client.listTasks(user.userId, { ...query, sort: "manual", limit: 100 })).tasks.map(
    (t) => t.title,
  );
}

async function inboxTasks(user: ApiUser, titles: string[]) {
  const tasks = await createTasks(
    user,
    titles.map((title) => ({ title })),
  );
  return {
    tasks,
    listId: (tasks[0] as Task).listId,
    id: (title: string) => tasks.find((t) => t.title === title)?.id as number,
  };
}

describe("manual order", () => {
  it("puts a new task first in its list, top first under sort=manual, and pages it by a cursor", async () => {
    const user = await apiUser(baseUrl);
    const { listId } = await inboxTasks(user, ["c", "b", "a"]);
    expect(await order(user, { listId })).toEqual(["a", "b", "c"]);
    const desc = must(await user.client.listTasks(user.userId, { listId, sort: "manual", order: "desc" }));
    expect(desc.tasks.map((t) => t.title)).toEqual(["c", "b", "a"]);
    const first = must(await user.client.listTasks(user.userId, { listId, sort: "manual", limit: 2 }));
    expect(first.tasks.map((t) => t.title)).toEqual(["a", "b"]);
    const next = must(
      await user.client.listTasks(user.userId, { listId, sort: "manual", limit: 2, cursor: first.nextCursor ?? "" }),
    );
    expect({ titles: next.tasks.map((t) => t.title), nextCursor: next.nextCursor }).toEqual({
      titles: ["c"],
      nextCursor: null,
    });
  });

  it("moves a task before or after another, writing only the moved task, with its ETag", async () => {
    const user = await apiUser(baseUrl);
    const { listId, id, tasks } = await inboxTasks(user, ["d", "c", "b", "a"]);
    const moved = must(await user.client.moveTask(user.userId, id("a"), { after: id("c") }));
    const response = user.lastResponse();
    expect([response.status, response.headers.get("etag")]).toEqual([200, expect.stringMatching(/^"/)]);
    expect(moved).toEqual({
      ...tasks.find((t) => t.title === "a"),
      position: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(await order(user, { listId })).toEqual(["b", "c", "a", "d"]);
    must(await user.client.moveTask(user.userId, id("d"), { before: id("b") }));
    expect(await order(user, { listId })).toEqual(["d", "b", "c", "a"]);
    const others = must(await user.client.listTasks(user.userId, { listId, limit: 100 })).tasks;
    expect(others.filter((t) => t.title !== "a" && t.title !== "d")).toEqual(
      tasks.filter((t) => t.title === "b" || t.title === "c").reverse(),
    );
  });

  it("moves a task into another list, first with listId alone, or next to a task there, its subtasks along", async () => {
    const user = await apiUser(baseUrl);
    const work = must(await user.client.createList(user.userId, { name: "Work" }));
    const { id } = await inboxTasks(user, ["b", "a"]);
    await createTasks(user, [
      { title: "y", listId: work.id },
      { title: "x", listId: work.id },
    ]);
    const [sub] = await createTasks(user, [{ title: "sub", parentId: id("a") }]);
    const moved = must(await user.client.moveTask(user.userId, id("a"), { listId: work.id }));
    expect(moved.listId).toBe(work.id);
    expect(await order(user, { listId: work.id })).toEqual(["a", "x", "y"]);
    expect(must(await user.client.getTask(user.userId, sub?.id as number)).listId).toBe(work.id);
    const x = must(await user.client.listTasks(user.userId, { listId: work.id, q: "x" })).tasks[0] as Task;
    must(await user.client.moveTask(user.userId, id("b"), { listId: work.id, after: x.id }));
    expect(await order(user, { listId: work.id })).toEqual(["a", "x", "b", "y"]);
  });

  it("orders subtasks under their parent, and keeps a subtask there", async () => {
    const user = await apiUser(baseUrl);
    const [parent, other] = await createTasks(user, [{ title: "parent" }, { title: "other" }]);
    const parentId = parent?.id as number;
    const subs = await createTasks(
      user,
      ["1", "2", "3"].map((title) => ({ title, parentId })),
    );
    const [one, two, three] = subs.map((t) => t.id) as [number, number, number];
    must(await user.client.moveTask(user.userId, three, { before: one }));
    expect(await order(user, { parentId })).toEqual(["3", "1", "2"]);
    must(await user.client.moveTask(user.userId, three, { listId: parent?.listId as number }));
    expect(await order(user, { parentId })).toEqual(["3", "1", "2"]);
    const level = await user.client.moveTask(user.userId, two, { after: other?.id as number });
    expectProblemResult(user, level, ...invalid("after", "The after task must be of the same list and level"));
    const work = must(await user.client.createList(user.userId, { name: "Work" }));
    const away = await user.client.moveTask(user.userId, two, { listId: work.id });
    expectProblemResult(user, away, ...invalid("listId", "A subtask is always in its parent's list"));
  });

  it("refuses a neighbour of another list or level, itself, and a body without exactly one place (422)", async () => {
    const user = await apiUser(baseUrl);
    const work = must(await user.client.createList(user.userId, { name: "Work" }));
    const { id } = await inboxTasks(user, ["a", "b"]);
    const [elsewhere] = await createTasks(user, [{ title: "elsewhere", listId: work.id }]);
    const before = await user.client.moveTask(user.userId, id("a"), { before: elsewhere?.id as number });
    expectProblemResult(user, before, ...invalid("before", "The before task must be of the same list and level"));
    const self = await user.client.moveTask(user.userId, id("a"), { after: id("a") });
    expectProblemResult(user, self, ...invalid("after", "A task cannot be placed next to itself"));
    const both = await user.client.moveTask(user.userId, id("a"), { before: id("b"), after: id("b") });
    expectProblemResult(user, both, ...invalid("", "Send before or after, not both"));
    const none = await user.client.moveTask(user.userId, id("a"), {});
    expectProblemResult(user, none, ...invalid("", "Send before, after or listId"));
  });
});

describe("list order", () => {
  it("moves a list before or after another; after the Inbox is first; the Inbox stays first", async () => {
    const user = await apiUser(baseUrl);
    const [a, b, c] = [
      must(await user.client.createList(user.userId, { name: "A" })),
      must(await user.client.createList(user.userId, { name: "B" })),
      must(await user.client.createList(user.userId, { name: "C" })),
    ];
    const names = async () => must(await user.client.listLists(user.userId)).map((l) => l.name);
    const moved = must(await user.client.moveList(user.userId, c.id, { before: a.id }));
    expect(moved).toEqual({ ...c, position: expect.any(String), updatedAt: expect.any(String) });
    expect(await names()).toEqual(["Inbox", "C", "A", "B"]);
    must(await user.client.moveList(user.userId, c.id, { after: b.id }));
    expect(await names()).toEqual(["Inbox", "A", "B", "C"]);
    const inbox = must(await user.client.listLists(user.userId))[0]?.id as number;
    must(await user.client.moveList(user.userId, b.id, { after: inbox }));
    expect(await names()).toEqual(["Inbox", "B", "A", "C"]);
    const first = await user.client.moveList(user.userId, inbox, { after: c.id });
    expectProblemResult(user, first, 409, "The Inbox cannot be moved: it is always first");
    const beforeInbox = await user.client.moveList(user.userId, a.id, { before: inbox });
    expectProblemResult(user, beforeInbox, ...invalid("before", "No list goes before the Inbox"));
    const self = await user.client.moveList(user.userId, a.id, { before: a.id });
    expectProblemResult(user, self, ...invalid("before", "A list cannot be placed next to itself"));
    expectProblemResult(
      user,
      await user.client.moveList(user.userId, a.id, {}),
      ...invalid("", "Send before or after"),
    );
    expect(await names()).toEqual(["Inbox", "B", "A", "C"]);
  });
});

describe("another user's task or list is 404 in a move", () => {
  it("as the moved task or list, the neighbour, or the target list, changing nothing", async () => {
    const [me, them] = await Promise.all([apiUser(baseUrl), apiUser(baseUrl)]);
    const [theirTask] = await createTasks(them, [{ title: "theirs" }]);
    const theirList = must(await them.client.createList(them.userId, { name: "Theirs" }));
    const [mine, other] = await createTasks(me, [{ title: "mine" }, { title: "other" }]);
    const myList = must(await me.client.createList(me.userId, { name: "Mine" }));
    const { userId } = me;
    const t = theirTask?.id as number;
    const m = mine?.id as number;
    expectProblemResult(me, await me.client.moveTask(userId, t, { before: m }), 404, "No such task");
    expectProblemResult(me, await me.client.moveTask(userId, m, { before: t }), 404, "No such task to place it before");
    expectProblemResult(me, await me.client.moveTask(userId, m, { after: t }), 404, "No such task to place it after");
    expectProblemResult(me, await me.client.moveTask(userId, m, { listId: theirList.id }), 404, "No such list");
    expectProblemResult(me, await me.client.moveList(userId, theirList.id, { after: myList.id }), 404, "No such list");
    expectProblemResult(me, await me.client.moveList(userId, myList.id, { after: theirList.id }), 404, "No such list");
    expect(must(await me.client.listTasks(userId, {})).tasks).toEqual([other, mine]);
    expect(must(await them.client.getTask(them.userId, t))).toEqual(theirTask);
    expect(must(await them.client.getList(them.userId, theirList.id))).toEqual(theirList);
  });

  it("on a task id that cannot exist, and answers 405 to GET", async () => {
    const user = await apiUser(baseUrl);
    const post = { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"listId":1}' };
    await expectProblem(await user.raw("/2147483648/move", post), 404, "No such task");
    const get = await user.raw("/1/move");
    expect([get.status, get.headers.get("allow")]).toEqual([405, "POST, OPTIONS"]);
  });
});
