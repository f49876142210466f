import { LISTS_MAX } from "@todo/contracts";
import { describe, expect, it } from "vitest";
import {
  createInbox,
  createList,
  deleteList,
  getList,
  ListConflictError,
  ListNotFoundError,
  listLists,
  updateList,
} from "../../src/lists";
import { list } from "../../src/schema";
import { completeTask, createTask, getTask, TaskNotFoundError } from "../../src/tasks";
import { createUser } from "../create-user";
import type { DatabaseContext } from "./use-database";

const at = expect.any(Date);

export function describeLists({ db }: DatabaseContext): void {
  describe("lists", () => {
    it("makes one Inbox per user, however often createInbox runs", async () => {
      const userId = await createUser(db());
      await createInbox(db(), userId);
      await Promise.all([createInbox(db(), userId), createInbox(db(), userId)]);
      const lists = await listLists(db(), userId);
      expect(lists).toEqual([
        {
          id: expect.any(Number),
          userId,
          name: "Inbox",
          color: null,
          isInbox: true,
          position: "a0",
          openTasks: 0,
          createdAt: at,
          updatedAt: lists[0]?.createdAt,
        },
      ]);
    });

    it("gives a user without an Inbox (its sign-up's hook failed) one when the lists are read, and only one", async () => {
      const userId = await createUser(db());
      await createList(db(), userId, { name: "Work" });
      const [first, second] = await Promise.all([listLists(db(), userId), listLists(db(), userId)]);
      for (const lists of [first, second])
        expect(lists?.map((l) => [l.name, l.isInbox])).toEqual([
          ["Inbox", true],
          ["Work", false],
        ]);
    });

    it("makes exactly one Inbox when many reads race to make it, whichever unique index their inserts meet first", async () => {
      // The Inbox's index and the name's both hold "Inbox" for the user: an insert that met the name's first failed
      // with 23505 while the arbiter was the Inbox's alone (seen once in CI). Many rounds give the race its chances.
      for (let round = 0; round < 25; round++) {
        const userId = await createUser(db());
        const answers = await Promise.all(Array.from({ length: 6 }, () => listLists(db(), userId)));
        for (const lists of answers) expect(lists.map((l) => [l.name, l.isInbox])).toEqual([["Inbox", true]]);
      }
    });

    it("puts a new list last, answers the Inbox first then by position, and counts each list's open tasks", async () => {
      const userId = await createUser(db());
      await createInbox(db(), userId);
      const work = await createList(db(), userId, { name: "Work", color: "#ff0000" });
      const home = await createList(db(), userId, { name: "Home" });
      expect(work).toEqual({
        id: expect.any(Number),
        userId,
        name: "Work",
        color: "#ff0000",
        isInbox: false,
        position: "a1",
        openTasks: 0,
        createdAt: at,
        updatedAt: work.createdAt,
      });
      expect(home).toMatchObject({ name: "Home", color: null, position: "a2" });
      await createTask(db(), userId, { title: "open", listId: work.id });
      await createTask(db(), userId, { title: "done", listId: work.id, completed: true });
      await createTask(db(), userId, { title: "in the inbox" });
      const [inbox] = await listLists(db(), userId);
      expect(await listLists(db(), userId)).toEqual([
        { ...inbox, isInbox: true, openTasks: 1 },
        { ...work, openTasks: 1 },
        { ...home, openTasks: 0 },
      ]);
      expect(await getList(db(), userId, work.id)).toEqual({ ...work, openTasks: 1 });
    });

    it("gives lists created at once distinct positions, all after the ones before", async () => {
      const userId = await createUser(db());
      const names = ["a", "b", "c", "d"];
      const made = await Promise.all(names.map((name) => createList(db(), userId, { name })));
      const positions = made.map((row) => row.position);
      expect(new Set(positions).size).toBe(names.length);
      // The Inbox comes first (made by the read, this user having none): the rest are the lists made at once.
      expect(
        (await listLists(db(), userId))
          .map((row) => row.name)
          .slice(1)
          .sort(),
      ).toEqual(names);
    });

    it("refuses a name the user already has, ignoring case and surrounding the Inbox too", async () => {
      const userId = await createUser(db());
      await createInbox(db(), userId);
      const work = await createList(db(), userId, { name: "Work" });
      const other = await createList(db(), userId, { name: "Other" });
      const duplicate = new ListConflictError("A list of that name exists");
      await expect(createList(db(), userId, { name: "WORK" })).rejects.toStrictEqual(duplicate);
      await expect(createList(db(), userId, { name: "inbox" })).rejects.toStrictEqual(duplicate);
      await expect(updateList(db(), userId, other.id, { name: "work" })).rejects.toStrictEqual(duplicate);
      expect((await listLists(db(), userId)).map((row) => row.name)).toEqual(["Inbox", "Work", "Other"]);
      // Another user may use the same name.
      const stranger = await createUser(db());
      expect(await createList(db(), stranger, { name: "work" })).toMatchObject({ name: "work" });
      expect(await getList(db(), userId, work.id)).toEqual(work);
    });

    it(`refuses a list past ${LISTS_MAX}, the Inbox counted`, async () => {
      const userId = await createUser(db());
      await createInbox(db(), userId);
      const rows = Array.from({ length: LISTS_MAX - 2 }, (_, i) => ({ userId, name: `list ${i}`, position: `b${i}` }));
      await db().insert(list).values(rows);
      const last = await createList(db(), userId, { name: "The last one" });
      expect(last.position > "b99").toBe(true);
      await expect(createList(db(), userId, { name: "One too many" })).rejects.toStrictEqual(
        new ListConflictError(`A user has at most ${LISTS_MAX} lists`),
      );
      expect(await listLists(db(), userId)).toHaveLength(LISTS_MAX);
    });

    it("updates only the fields sent; the Inbox changes color but keeps its name", async () => {
      const userId = await createUser(db());
      await createInbox(db(), userId);
      const [inbox] = await listLists(db(), userId);
      const work = await createList(db(), userId, { name: "Work", color: "#00ff00" });
      const renamed = await updateList(db(), userId, work.id, { name: "Job" });
      expect(renamed).toEqual({ ...work, name: "Job", updatedAt: at });
      expect(renamed.updatedAt.getTime()).toBeGreaterThan(work.updatedAt.getTime());
      expect(await updateList(db(), userId, work.id, { color: null })).toMatchObject({ name: "Job", color: null });
      const id = inbox?.id as number;
      await expect(updateList(db(), userId, id, { name: "Tray" })).rejects.toStrictEqual(
        new ListConflictError("The Inbox cannot be renamed"),
      );
      expect(await updateList(db(), userId, id, { name: "Inbox", color: "#0000ff" })).toMatchObject({
        name: "Inbox",
        color: "#0000ff",
        isInbox: true,
      });
    });

    it("deletes a list with its tasks, and leaves the other lists' tasks", async () => {
      const userId = await createUser(db());
      const kept = await createTask(db(), userId, { title: "in the inbox" });
      const errands = await createList(db(), userId, { name: "Errands" });
      const doomed = await createTask(db(), userId, { title: "buy stamps", listId: errands.id });
      await completeTask(db(), { userId, id: doomed.id });
      await expect(deleteList(db(), userId, errands.id)).resolves.toBeUndefined();
      await expect(getList(db(), userId, errands.id)).rejects.toStrictEqual(new ListNotFoundError());
      await expect(getTask(db(), userId, doomed.id)).rejects.toStrictEqual(new TaskNotFoundError());
      expect(await getTask(db(), userId, kept.id)).toEqual(kept);
      await expect(deleteList(db(), userId, errands.id)).rejects.toStrictEqual(new ListNotFoundError());
    });

    it("refuses to delete the Inbox, and keeps it and its tasks", async () => {
      const userId = await createUser(db());
      const task = await createTask(db(), userId, { title: "stays" });
      await expect(deleteList(db(), userId, task.listId)).rejects.toStrictEqual(
        new ListConflictError("The Inbox cannot be deleted"),
      );
      expect(await getTask(db(), userId, task.id)).toEqual(task);
      expect(await getList(db(), userId, task.listId)).toMatchObject({ isInbox: true, openTasks: 1 });
    });

    it("hides another user's list behind ListNotFoundError, and never changes it", async () => {
      const owner = await createUser(db());
      const other = await createUser(db());
      const mine = await createList(db(), owner, { name: "Mine" });
      const refusal = new ListNotFoundError();
      await expect(getList(db(), other, mine.id)).rejects.toStrictEqual(refusal);
      await expect(updateList(db(), other, mine.id, { name: "Theirs" })).rejects.toStrictEqual(refusal);
      await expect(deleteList(db(), other, mine.id)).rejects.toStrictEqual(refusal);
      expect((await listLists(db(), other)).map((row) => row.name)).toEqual(["Inbox"]);
      expect(await getList(db(), owner, mine.id)).toEqual(mine);
    });
  });
}
