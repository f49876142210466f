import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  ChangesGoneError,
  closeStreamSlots,
  listChanges,
  listenForChanges,
  openStreamSlot,
  pruneChanges,
  TooManyStreamsError,
} from "../../src/changes";
import { createInbox, createList, deleteList, getList, moveList, updateList } from "../../src/lists";
import { createSettings, updateSettings } from "../../src/settings";
import { completeTask, createTask, deleteTask, getTask, moveTask, updateTask } from "../../src/tasks";
import { createUser } from "../create-user";
import { inboxId } from "./inbox-id";
import type { DatabaseContext } from "./use-database";

const SLOT = { max: 10, ttlSeconds: 90 };

export function describeChangeLog({ db, opened }: DatabaseContext): void {
  /** The user's changes after `since`, as [type, id] pairs. */
  async function logAfter(userId: string, since: number) {
    const page = await listChanges(db(), userId, { since, limit: 500 });
    return page.changes.map((change) => [change.type, change.id]);
  }

  /** Runs a write and answers the changes it appended. */
  async function changesOf(userId: string, write: () => Promise<unknown>) {
    const { next } = await listChanges(db(), userId, { since: "now", limit: 1 });
    await write();
    return logAfter(userId, next);
  }

  describe("the change log", () => {
    it("appends each task write's change, and the list's and the parent's when their counts change", async () => {
      const userId = await createUser(db());
      await createInbox(db(), userId);
      const inbox = await inboxId(db(), userId);
      expect(await logAfter(userId, 0)).toEqual([["list.created", inbox]]);
      const work = await createList(db(), userId, { name: "Work" });

      let parent = 0;
      expect(
        await changesOf(userId, async () => {
          parent = (await createTask(db(), userId, { title: "Parent" })).id;
        }),
      ).toEqual([
        ["task.created", parent],
        ["list.updated", inbox],
      ]);
      let child = 0;
      expect(
        await changesOf(userId, async () => {
          child = (await createTask(db(), userId, { title: "Child", parentId: parent })).id;
        }),
      ).toEqual([
        ["task.created", child],
        ["list.updated", inbox],
        ["task.updated", parent],
      ]);
      // A field that no count reads: the task alone.
      expect(await changesOf(userId, () => updateTask(db(), { userId, id: parent }, { title: "Renamed" }))).toEqual([
        ["task.updated", parent],
      ]);
      expect(await changesOf(userId, () => completeTask(db(), { userId, id: child }))).toEqual([
        ["task.updated", child],
        ["list.updated", inbox],
        ["task.updated", parent],
      ]);
      // The parent moves with its (completed) subtask: both lists' open counts change, the subtask's list too.
      expect(await changesOf(userId, () => moveTask(db(), { userId, id: parent }, { listId: work.id }))).toEqual([
        ["task.updated", parent],
        ["list.updated", inbox],
        ["list.updated", work.id],
        ["task.updated", child],
      ]);
      // The subtask goes with its parent, and the parent's counts with both.
      expect(await changesOf(userId, () => deleteTask(db(), { userId, id: parent }))).toEqual([
        ["task.deleted", parent],
        ["list.updated", work.id],
        ["task.deleted", child],
      ]);
    });

    it("appends each list write's change; a deleted list's tasks are deleted changes too", async () => {
      const userId = await createUser(db());
      await createInbox(db(), userId);
      const inbox = await inboxId(db(), userId);
      let home = 0;
      expect(
        await changesOf(userId, async () => {
          home = (await createList(db(), userId, { name: "Home" })).id;
        }),
      ).toEqual([["list.created", home]]);
      const garden = await createList(db(), userId, { name: "Garden" });
      expect(await changesOf(userId, () => updateList(db(), userId, home, { color: "#00ff00" }))).toEqual([
        ["list.updated", home],
      ]);
      expect(await changesOf(userId, () => moveList(db(), userId, home, { after: garden.id }))).toEqual([
        ["list.updated", home],
      ]);
      const a = await createTask(db(), userId, { title: "a", listId: home });
      const b = await createTask(db(), userId, { title: "b", listId: home, completed: true });
      const c = await createTask(db(), userId, { title: "c", parentId: a.id });
      expect(await changesOf(userId, () => deleteList(db(), userId, home))).toEqual([
        ["list.deleted", home],
        ["task.deleted", a.id],
        ["task.deleted", b.id],
        ["task.deleted", c.id],
      ]);
      expect(await getList(db(), userId, inbox)).toMatchObject({ openTasks: 0 });
    });

    it("gives the user's changes seqs that rise by one, none lost to a write that rolled back or matched nothing", async () => {
      const userId = await createUser(db());
      await createInbox(db(), userId);
      const task = await createTask(db(), userId, { title: "kept" });
      const failure = new Error("abort");
      await expect(
        db().transaction(async (tx) => {
          await createTask(tx, userId, { title: "never" });
          await updateTask(tx, { userId, id: task.id }, { title: "never" });
          throw failure;
        }),
      ).rejects.toBe(failure);
      // A stale If-Match changes nothing.
      await expect(
        updateTask(
          db(),
          { userId, id: task.id, ifMatch: [{ updatedAt: new Date(0), subtasks: { total: 0, completed: 0 } }] },
          { title: "stale" },
        ),
      ).rejects.toThrow();
      await updateTask(db(), { userId, id: task.id }, { title: "kept too" });
      const { changes } = await listChanges(db(), userId, { since: 0, limit: 500 });
      expect(changes.map((change) => change.seq)).toEqual([1, 2, 3, 4]);
      expect(changes.at(-1)).toMatchObject({ type: "task.updated", id: task.id });
    });

    it("pages oldest first with hasMore and next; since=now answers only where the log stands", async () => {
      const userId = await createUser(db());
      await createInbox(db(), userId);
      const list = await createList(db(), userId, { name: "L" });
      for (let i = 0; i < 4; i++) await updateList(db(), userId, list.id, { name: `L${i}` });
      // list.created ×2, then 4 updates: seqs 1–6.
      const first = await listChanges(db(), userId, { since: 0, limit: 4 });
      expect({ seqs: first.changes.map((c) => c.seq), next: first.next, hasMore: first.hasMore }).toEqual({
        seqs: [1, 2, 3, 4],
        next: 4,
        hasMore: true,
      });
      const second = await listChanges(db(), userId, { since: first.next, limit: 4 });
      expect({ seqs: second.changes.map((c) => c.seq), next: second.next, hasMore: second.hasMore }).toEqual({
        seqs: [5, 6],
        next: 6,
        hasMore: false,
      });
      expect(await listChanges(db(), userId, { since: 6, limit: 4 })).toEqual({ changes: [], next: 6, hasMore: false });
      expect(await listChanges(db(), userId, { since: "now", limit: 4 })).toEqual({
        changes: [],
        next: 6,
        hasMore: false,
      });
      // A user with no change at all (no Inbox yet) stands at 0.
      expect(await listChanges(db(), await createUser(db()), { since: 0, limit: 4 })).toEqual({
        changes: [],
        next: 0,
        hasMore: false,
      });
    });

    it("answers each change with its resource as it is now, and leaves out those of a resource deleted since", async () => {
      const userId = await createUser(db());
      await createInbox(db(), userId);
      const kept = await createTask(db(), userId, { title: "kept" });
      const gone = await createTask(db(), userId, { title: "gone" });
      await updateTask(db(), { userId, id: kept.id }, { title: "kept, renamed" });
      await deleteTask(db(), { userId, id: gone.id });
      const { changes, next } = await listChanges(db(), userId, { since: 0, limit: 500 });
      const now = await getTask(db(), userId, kept.id);
      const inbox = await getList(db(), userId, await inboxId(db(), userId));
      expect(changes).toEqual([
        {
          seq: 1,
          type: "list.created",
          id: inbox.id,
          task: null,
          list: inbox,
          settings: null,
          committedAt: expect.any(Date),
        },
        {
          seq: 2,
          type: "task.created",
          id: kept.id,
          task: now,
          list: null,
          settings: null,
          committedAt: expect.any(Date),
        },
        {
          seq: 3,
          type: "list.updated",
          id: inbox.id,
          task: null,
          list: inbox,
          settings: null,
          committedAt: expect.any(Date),
        },
        // seq 4, gone's creation, is left out: its deletion follows.
        {
          seq: 5,
          type: "list.updated",
          id: inbox.id,
          task: null,
          list: inbox,
          settings: null,
          committedAt: expect.any(Date),
        },
        {
          seq: 6,
          type: "task.updated",
          id: kept.id,
          task: now,
          list: null,
          settings: null,
          committedAt: expect.any(Date),
        },
        {
          seq: 7,
          type: "task.deleted",
          id: gone.id,
          task: null,
          list: null,
          settings: null,
          committedAt: expect.any(Date),
        },
        {
          seq: 8,
          type: "list.updated",
          id: inbox.id,
          task: null,
          list: inbox,
          settings: null,
          committedAt: expect.any(Date),
        },
      ]);
      expect(next).toBe(8);
    });

    it("logs a change of the settings with the settings as they are now (not their first row, made with the account)", async () => {
      const userId = await createUser(db());
      await createSettings(db(), userId);
      const { next } = await listChanges(db(), userId, { since: "now", limit: 500 });
      const settings = await updateSettings(db(), userId, { timeZone: "Asia/Tokyo" });
      const { changes } = await listChanges(db(), userId, { since: next, limit: 500 });
      expect(changes).toEqual([
        {
          seq: next + 1,
          type: "settings.updated",
          id: null,
          task: null,
          list: null,
          settings,
          committedAt: expect.any(Date),
        },
      ]);
    });

    it("is ChangesGoneError for a since beyond the log's end, and for one below what was pruned", async () => {
      const userId = await createUser(db());
      await createInbox(db(), userId);
      const list = await createList(db(), userId, { name: "Old" });
      await updateList(db(), userId, list.id, { name: "Older" });
      await updateList(db(), userId, list.id, { name: "Newer" });
      await expect(listChanges(db(), userId, { since: 5, limit: 10 })).rejects.toStrictEqual(
        new ChangesGoneError(5, 4),
      );
      // The first three changes are 31 days old; the fourth is not.
      await db().execute(
        sql`update change set created_at = now() - interval '31 days' where user_id = ${userId} and seq <= 3`,
      );
      expect(await pruneChanges(db())).toBeGreaterThanOrEqual(3);
      for (const since of [0, 2])
        await expect(listChanges(db(), userId, { since, limit: 10 })).rejects.toStrictEqual(
          new ChangesGoneError(since, 4),
        );
      const { changes } = await listChanges(db(), userId, { since: 3, limit: 10 });
      expect(changes.map((change) => [change.seq, change.type])).toEqual([[4, "list.updated"]]);
      expect(await pruneChanges(db())).toBe(0);
    });

    it("goes with its user: deleting a user with tasks, lists and a stream leaves none of their log", async () => {
      const userId = await createUser(db());
      await createInbox(db(), userId);
      const list = await createList(db(), userId, { name: "Doomed" });
      await createTask(db(), userId, { title: "t", listId: list.id });
      await openStreamSlot(db(), { id: randomUUID(), userId }, SLOT);
      await db().execute(sql`delete from "user" where id = ${userId}`);
      const left = await db().execute(
        sql`select (select count(*) from change where user_id = ${userId})::int as changes,
                   (select count(*) from change_feed where user_id = ${userId})::int as feeds,
                   (select count(*) from change_stream where user_id = ${userId})::int as streams`,
      );
      expect((left as unknown as { rows: unknown[] }).rows).toEqual([{ changes: 0, feeds: 0, streams: 0 }]);
    });

    it("allows at most 10 live streams per user; an expired or closed one frees its place", async () => {
      const userId = await createUser(db());
      await createInbox(db(), userId);
      const ids = Array.from({ length: 10 }, () => randomUUID());
      for (const id of ids)
        expect(await openStreamSlot(db(), { id, userId }, SLOT)).toEqual({ head: 1, prunedThrough: 0 });
      await expect(openStreamSlot(db(), { id: randomUUID(), userId }, SLOT)).rejects.toStrictEqual(
        new TooManyStreamsError(10),
      );
      // Another user's streams are theirs.
      const other = await createUser(db());
      await openStreamSlot(db(), { id: randomUUID(), userId: other }, SLOT);
      await closeStreamSlots(db(), ids.slice(0, 1));
      await openStreamSlot(db(), { id: randomUUID(), userId }, SLOT);
      // An instance that stopped renewing its streams: they lapse.
      await db().execute(
        sql`update change_stream set expires_at = now() - interval '1 second' where id = ${ids[1] as string}`,
      );
      await openStreamSlot(db(), { id: randomUUID(), userId }, SLOT);
      await expect(openStreamSlot(db(), { id: randomUUID(), userId }, SLOT)).rejects.toThrow(TooManyStreamsError);
    });

    it("announces each commit of a user with a live stream, once; none for a user without, nor for a rollback", async () => {
      const heard: string[] = [];
      let resumed = 0;
      const listener = listenForChanges(opened().handle, {
        onChange: (userId) => heard.push(userId),
        onResume: () => resumed++,
      });
      if (!listener) throw new Error("every test driver can LISTEN");
      try {
        await expect.poll(() => resumed, { timeout: 5_000 }).toBe(1);
        const [watched, unwatched] = [await createUser(db()), await createUser(db())];
        await createInbox(db(), watched);
        await createInbox(db(), unwatched);
        await openStreamSlot(db(), { id: randomUUID(), userId: watched }, SLOT);
        await createTask(db(), unwatched, { title: "unheard" });
        const task = await createTask(db(), watched, { title: "heard" });
        await expect.poll(() => heard.filter((id) => id === watched).length, { timeout: 2_000 }).toBe(1);
        await db()
          .transaction(async (tx) => {
            await updateTask(tx, { userId: watched, id: task.id }, { title: "never" });
            throw new Error("roll back");
          })
          .catch(() => {});
        // Two tasks and their list's count in one transaction: one announcement.
        await db().transaction(async (tx) => {
          await createTask(tx, watched, { title: "one" });
          await createTask(tx, watched, { title: "two" });
        });
        await expect.poll(() => heard.length, { timeout: 2_000 }).toBe(2);
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(heard).toEqual([watched, watched]);
      } finally {
        await listener.close();
      }
    });
  });
}
