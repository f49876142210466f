import { describe, expect, it } from "vitest";
import { createList, ListNotFoundError, listLists } from "../../src/lists";
import { createTask, getTask, listTasks, replaceTask, updateTask } from "../../src/tasks";
import { createUser } from "../create-user";
import { inboxId } from "./inbox-id";
import type { DatabaseContext } from "./use-database";

export function describeTasksInLists({ db }: DatabaseContext): void {
  describe("tasks in lists", () => {
    it("gives a user without an Inbox one with their first task, and puts the task in it", async () => {
      const userId = await createUser(db());
      const task = await createTask(db(), userId, { title: "first" });
      const lists = await listLists(db(), userId);
      expect(lists).toEqual([expect.objectContaining({ id: task.listId, name: "Inbox", isInbox: true, openTasks: 1 })]);
      const second = await createTask(db(), userId, { title: "second" });
      expect({ listId: second.listId, lists: (await listLists(db(), userId)).length }).toEqual({
        listId: task.listId,
        lists: 1,
      });
    });

    it("creates a task in the list given, and refuses another user's list with ListNotFoundError", async () => {
      const userId = await createUser(db());
      const other = await createUser(db());
      const work = await createList(db(), userId, { name: "Work" });
      const theirs = await createList(db(), other, { name: "Theirs" });
      const task = await createTask(db(), userId, { title: "report", listId: work.id });
      expect(task).toMatchObject({ userId, listId: work.id, title: "report" });
      await expect(createTask(db(), userId, { title: "sneak", listId: theirs.id })).rejects.toStrictEqual(
        new ListNotFoundError(),
      );
      await expect(createTask(db(), userId, { title: "nowhere", listId: 2_147_483_647 })).rejects.toStrictEqual(
        new ListNotFoundError(),
      );
      expect(await listTasks(db(), userId, {}, { count: true })).toEqual({ rows: [task], nextCursor: null, total: 1 });
      expect((await listTasks(db(), other, {})).rows).toEqual([]);
    });

    it("moves a task with PATCH or PUT listId, keeps its list on a PUT without one, and refuses another user's list", async () => {
      const userId = await createUser(db());
      const other = await createUser(db());
      const task = await createTask(db(), userId, { title: "move me" });
      const work = await createList(db(), userId, { name: "Work" });
      const theirs = await createList(db(), other, { name: "Theirs" });
      const target = { userId, id: task.id };
      const moved = await updateTask(db(), target, { listId: work.id });
      expect(moved).toEqual({ ...task, listId: work.id, updatedAt: expect.any(Date) });
      expect(await replaceTask(db(), target, { title: "stay" })).toMatchObject({ listId: work.id, title: "stay" });
      const back = await replaceTask(db(), target, { title: "back", listId: await inboxId(db(), userId) });
      expect(back).toMatchObject({ listId: task.listId, title: "back" });
      const refusal = new ListNotFoundError();
      await expect(updateTask(db(), target, { listId: theirs.id })).rejects.toStrictEqual(refusal);
      await expect(replaceTask(db(), target, { title: "x", listId: theirs.id })).rejects.toStrictEqual(refusal);
      expect(await getTask(db(), userId, task.id)).toEqual(back);
    });

    it("lists one list's tasks with listId, an empty list's as an empty page, another user's list as ListNotFoundError", async () => {
      const userId = await createUser(db());
      const other = await createUser(db());
      const inboxTask = await createTask(db(), userId, { title: "inbox" });
      const work = await createList(db(), userId, { name: "Work" });
      const empty = await createList(db(), userId, { name: "Empty" });
      const theirs = await createList(db(), other, { name: "Theirs" });
      const a = await createTask(db(), userId, { title: "a", listId: work.id });
      const b = await createTask(db(), userId, { title: "b", listId: work.id });
      const page = await listTasks(db(), userId, { listId: work.id, sort: "title", order: "asc" }, { count: true });
      expect(page).toEqual({ rows: [a, b], nextCursor: null, total: 2 });
      expect(await listTasks(db(), userId, { listId: inboxTask.listId })).toEqual({
        rows: [inboxTask],
        nextCursor: null,
        total: null,
      });
      expect(await listTasks(db(), userId, { listId: empty.id })).toEqual({ rows: [], nextCursor: null, total: null });
      await createTask(db(), other, { title: "theirs", listId: theirs.id });
      await expect(listTasks(db(), userId, { listId: theirs.id })).rejects.toStrictEqual(new ListNotFoundError());
      await expect(listTasks(db(), userId, { listId: theirs.id, q: "nothing" })).rejects.toStrictEqual(
        new ListNotFoundError(),
      );
    });
  });
}
