import { SUBTASKS_MAX, type Task } from "@todo/contracts";
import { describe, expect, inject, it } from "vitest";
import { type ApiUser, apiUser, createTasks, must } from "../support/api-user";
import { expectProblemResult } from "../support/problems";

const baseUrl = inject("appUrl");
const isoDate = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
const rule = (path: string, message: string): [number, string, { path: string; message: string }[]] => [
  422,
  "Some fields are invalid",
  [{ path, message }],
];

async function parentWithSubtasks(user: ApiUser, titles: string[], listId?: number) {
  const [parent] = await createTasks(user, [{ title: "parent", ...(listId && { listId }) }]);
  const subtasks = await createTasks(
    user,
    titles.map((title) => ({ title, parentId: parent?.id })),
  );
  return { parent: parent as Task, subtasks };
}

describe("subtasks", () => {
  it("creates a subtask last under its parent, in its list, and counts subtasks on every task", async () => {
    const user = await apiUser(baseUrl);
    const work = must(await user.client.createList(user.userId, { name: "Work" }));
    const { parent, subtasks } = await parentWithSubtasks(user, ["one", "two", "three"], work.id);
    expect(subtasks[0]).toEqual({
      id: expect.any(Number),
      userId: user.userId,
      listId: work.id,
      parentId: parent.id,
      position: expect.any(String),
      subtasks: { total: 0, completed: 0 },
      title: "one",
      description: "",
      completed: false,
      priority: "none",
      tags: [],
      dueDate: null,
      dueTime: null,
      recurrence: null,
      reminders: [],
      createdAt: isoDate,
      updatedAt: isoDate,
    });
    expect(user.lastResponse().status).toBe(201);
    must(await user.client.completeTask(user.userId, subtasks[1]?.id as number));
    const read = must(await user.client.getTask(user.userId, parent.id));
    expect(read).toEqual({ ...parent, subtasks: { total: 3, completed: 1 } });
    const page = must(await user.client.listTasks(user.userId, { parentId: parent.id, sort: "manual" }));
    expect(page.tasks.map((t) => t.title)).toEqual(["one", "two", "three"]);
    // The default list holds top-level tasks only, each with its counts.
    expect(must(await user.client.listTasks(user.userId)).tasks).toEqual([read]);
    const any = must(await user.client.listTasks(user.userId, { parentId: "any", sort: "manual", limit: 100 }));
    expect(any.tasks.map((t) => t.id).sort()).toEqual([parent.id, ...subtasks.map((t) => t.id)].sort());
  });

  it("takes a listId equal to the parent's, and refuses another list with 422", async () => {
    const user = await apiUser(baseUrl);
    const work = must(await user.client.createList(user.userId, { name: "Work" }));
    const [parent] = await createTasks(user, [{ title: "in the Inbox" }]);
    const parentId = parent?.id as number;
    const same = must(await user.client.createTask(user.userId, { title: "ok", parentId, listId: parent?.listId }));
    expect(same.listId).toBe(parent?.listId);
    const result = await user.client.createTask(user.userId, { title: "x", parentId, listId: work.id });
    expectProblemResult(user, result, ...rule("listId", "A subtask is always in its parent's list"));
  });

  it("refuses a second level with 422: a subtask as parent, and a parent becoming a subtask", async () => {
    const user = await apiUser(baseUrl);
    const { parent, subtasks } = await parentWithSubtasks(user, ["child"]);
    const [other] = await createTasks(user, [{ title: "other" }]);
    const child = subtasks[0] as Task;
    const deeper = await user.client.createTask(user.userId, { title: "grandchild", parentId: child.id });
    expectProblemResult(user, deeper, ...rule("parentId", "A subtask cannot have subtasks"));
    const nest = await user.client.updateTask(user.userId, parent.id, { parentId: other?.id as number });
    expectProblemResult(user, nest, ...rule("parentId", "A task with subtasks cannot become a subtask"));
    const self = await user.client.updateTask(user.userId, parent.id, { parentId: parent.id });
    expectProblemResult(user, self, ...rule("parentId", "A task cannot be its own parent"));
    expect(must(await user.client.getTask(user.userId, parent.id))).toEqual({
      ...parent,
      subtasks: { total: 1, completed: 0 },
    });
  });

  it(`refuses a subtask past ${SUBTASKS_MAX} under one task with 409`, async () => {
    const user = await apiUser(baseUrl);
    const titles = Array.from({ length: SUBTASKS_MAX }, (_, i) => `step ${i + 1}`);
    const { parent } = await parentWithSubtasks(user, titles);
    const result = await user.client.createTask(user.userId, { title: "one too many", parentId: parent.id });
    expectProblemResult(user, result, 409, `A task has at most ${SUBTASKS_MAX} subtasks`);
    const [loose] = await createTasks(user, [{ title: "loose" }]);
    const moved = await user.client.updateTask(user.userId, loose?.id as number, { parentId: parent.id });
    expectProblemResult(user, moved, 409, `A task has at most ${SUBTASKS_MAX} subtasks`);
    expect(must(await user.client.getTask(user.userId, parent.id)).subtasks).toEqual({
      total: SUBTASKS_MAX,
      completed: 0,
    });
  });

  it("makes a task a subtask with PATCH parentId (last, in the parent's list) and top-level again with null (first)", async () => {
    const user = await apiUser(baseUrl);
    const work = must(await user.client.createList(user.userId, { name: "Work" }));
    const { parent, subtasks } = await parentWithSubtasks(user, ["a"], work.id);
    const [loose, top] = await createTasks(user, [{ title: "loose" }, { title: "top", listId: work.id }]);
    const adopted = must(await user.client.updateTask(user.userId, loose?.id as number, { parentId: parent.id }));
    expect(adopted).toMatchObject({ parentId: parent.id, listId: work.id });
    const under = must(await user.client.listTasks(user.userId, { parentId: parent.id, sort: "manual" })).tasks;
    expect(under.map((t) => t.title)).toEqual(["a", "loose"]);
    const freed = must(await user.client.updateTask(user.userId, subtasks[0]?.id as number, { parentId: null }));
    expect(freed).toMatchObject({ parentId: null, listId: work.id });
    const list = must(await user.client.listTasks(user.userId, { listId: work.id, sort: "manual" })).tasks;
    expect(list.map((t) => t.title)).toEqual(["a", top?.title, "parent"]);
  });

  it("moves a parent's subtasks with it to another list, and a PUT without parentId keeps a subtask's parent", async () => {
    const user = await apiUser(baseUrl);
    const work = must(await user.client.createList(user.userId, { name: "Work" }));
    const { parent, subtasks } = await parentWithSubtasks(user, ["a", "b"]);
    must(await user.client.updateTask(user.userId, parent.id, { listId: work.id }));
    const under = must(await user.client.listTasks(user.userId, { parentId: parent.id, sort: "manual" })).tasks;
    expect(under.map((t) => [t.title, t.listId])).toEqual([
      ["a", work.id],
      ["b", work.id],
    ]);
    const replaced = must(await user.client.replaceTask(user.userId, subtasks[0]?.id as number, { title: "A" }));
    expect(replaced).toMatchObject({ title: "A", parentId: parent.id, listId: work.id });
    const stays = await user.client.updateTask(user.userId, subtasks[1]?.id as number, { listId: work.id });
    expect(must(stays)).toMatchObject({ listId: work.id, parentId: parent.id });
    const inbox = parent.listId;
    const away = await user.client.updateTask(user.userId, subtasks[1]?.id as number, { listId: inbox });
    expectProblemResult(user, away, ...rule("listId", "A subtask is always in its parent's list"));
  });

  it("deletes a parent's subtasks with it", async () => {
    const user = await apiUser(baseUrl);
    const { parent, subtasks } = await parentWithSubtasks(user, ["a", "b"]);
    must(await user.client.deleteTask(user.userId, parent.id));
    for (const subtask of subtasks) {
      expectProblemResult(user, await user.client.getTask(user.userId, subtask.id), 404, "No such task");
    }
  });

  it("refuses parentId that is no task id (422) and ?parentId= that is none (400)", async () => {
    const user = await apiUser(baseUrl);
    const result = await user.client.createTask(user.userId, { title: "x", parentId: 0 });
    expectProblemResult(user, result, ...rule("parentId", "A task id is at least 1"));
    const query = await user.client.listTasks(user.userId, { parentId: "some" as never });
    expectProblemResult(user, query, 400, "Invalid query parameters", [
      { path: "parentId", message: "parentId must be none, any or a task id" },
    ]);
  });
});

describe("another user's parent is 404", () => {
  it("on create, update and ?parentId=, changing nothing", async () => {
    const [me, them] = await Promise.all([apiUser(baseUrl), apiUser(baseUrl)]);
    const [theirs] = await createTasks(them, [{ title: "theirs" }]);
    const [mine] = await createTasks(me, [{ title: "mine" }]);
    const parentId = theirs?.id as number;
    const missing = "No such parent task";
    expectProblemResult(me, await me.client.createTask(me.userId, { title: "x", parentId }), 404, missing);
    expectProblemResult(me, await me.client.updateTask(me.userId, mine?.id as number, { parentId }), 404, missing);
    expectProblemResult(me, await me.client.listTasks(me.userId, { parentId }), 404, missing);
    expectProblemResult(
      me,
      await me.client.createTask(me.userId, { title: "x", parentId: 2_147_483_647 }),
      404,
      missing,
    );
    expect(must(await me.client.listTasks(me.userId, { parentId: "any" })).tasks).toEqual([mine]);
    expect(must(await them.client.getTask(them.userId, parentId))).toEqual(theirs);
  });
});
