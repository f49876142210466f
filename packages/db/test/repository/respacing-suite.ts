import { describe, expect, it } from "vitest";
import { createList, listLists, moveList } from "../../src/lists";
import { POSITION_KEY_MAX } from "../../src/position-keys";
import { createTask, listTasks, moveTask } from "../../src/tasks";
import { createUser } from "../create-user";
import type { DatabaseContext } from "./use-database";

// Without respacing, each of these moves lands in the gap the one before it halved: the key there grows by about a
// sixth of a character a move, past POSITION_KEY_MAX within ~380 moves (82 characters after 480 before respacing) and past a cursor's 2,048 within ~12,000.
const MOVES = 420;

/** MOVES moves, one after another: the longest key they were given, and whether one came out shorter than the one before. */
async function movedInTurns(move: (index: number) => Promise<{ position: string }>) {
  let longest = 0;
  let shortened = false;
  let previous = 0;
  for (let index = 0; index < MOVES; index++) {
    const { position } = await move(index);
    longest = Math.max(longest, position.length);
    if (position.length < previous) shortened = true;
    previous = position.length;
  }
  return { longest, shortened };
}

export function describeRespacing({ db }: DatabaseContext): void {
  describe("positions moved into one gap again and again", () => {
    async function pages(userId: string, query: { listId?: number; parentId?: number }) {
      const ids: number[] = [];
      let cursor: string | undefined;
      do {
        const page = await listTasks(db(), userId, { ...query, sort: "manual", limit: 3, cursor });
        ids.push(...page.rows.map((t) => t.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return ids;
    }

    async function moveBackAndForth(userId: string, scope: { listId?: number; parentId?: number }, ids: number[]) {
      // ids in manual order: the first stays put, the second and third take turns right after it.
      const [anchor, one, two, ...rest] = ids as [number, number, number, ...number[]];
      const { longest, shortened } = await movedInTurns((move) =>
        moveTask(db(), { userId, id: move % 2 === 0 ? one : two }, { after: anchor }),
      );
      const last = (MOVES - 1) % 2 === 0 ? one : two;
      const other = last === one ? two : one;
      const all = await listTasks(db(), userId, { ...scope, sort: "manual", limit: 100 });
      expect({
        longest: longest <= POSITION_KEY_MAX,
        shortened,
        order: all.rows.map((t) => t.id),
        distinct: new Set(all.rows.map((t) => t.position)).size,
        keysWithin: all.rows.every((t) => t.position.length <= POSITION_KEY_MAX),
        paged: await pages(userId, scope),
      }).toEqual({
        longest: true,
        shortened: true,
        order: [anchor, last, other, ...rest],
        distinct: ids.length,
        keysWithin: true,
        paged: [anchor, last, other, ...rest],
      });
    }

    it("keeps every key short and the order exact: the list's tasks are spaced out again when a key would grow long", async () => {
      const userId = await createUser(db());
      const { id: listId } = await createList(db(), userId, { name: "Busy" });
      for (let i = 0; i < 6; i++) await createTask(db(), userId, { title: `t${i}`, listId });
      const before = await listTasks(db(), userId, { listId, sort: "manual", limit: 100 });
      const untouched = before.rows[5];
      await moveBackAndForth(
        userId,
        { listId },
        before.rows.map((t) => t.id),
      );
      // A task whose key the respacing changed has a new version (updatedAt), as any change of it has.
      const after = await listTasks(db(), userId, { listId, sort: "manual", limit: 100 });
      const same = after.rows.find((t) => t.id === untouched?.id);
      expect(same?.position).not.toBe(untouched?.position);
      expect(same && untouched && same.updatedAt > untouched.updatedAt).toBe(true);
    }, 120_000);

    it("does the same for one parent's subtasks", async () => {
      const userId = await createUser(db());
      const parent = await createTask(db(), userId, { title: "parent" });
      for (let i = 0; i < 5; i++) await createTask(db(), userId, { title: `s${i}`, parentId: parent.id });
      const before = await listTasks(db(), userId, { parentId: parent.id, sort: "manual", limit: 100 });
      await moveBackAndForth(
        userId,
        { parentId: parent.id },
        before.rows.map((t) => t.id),
      );
    }, 120_000);

    /**
     * Reads the first page (3 tasks) of `query` in manual order both ways, has `anchor`'s followers `one` and `two`
     * take turns right after it MOVES times (a respacing of their scope among them), then follows both cursors to the
     * end: the first pages and every id each way.
     */
    async function pagedAroundMoves(
      userId: string,
      query: { listId?: number; parentId?: number },
      [anchor, one, two]: [number, number, number],
    ) {
      const read = (order: "asc" | "desc", cursor?: string) =>
        listTasks(db(), userId, { ...query, sort: "manual", order, limit: 3, cursor });
      const firstPages = { asc: await read("asc"), desc: await read("desc") };
      for (let move = 0; move < MOVES; move++) {
        await moveTask(db(), { userId, id: move % 2 === 0 ? one : two }, { after: anchor });
      }
      const followed = async (order: "asc" | "desc") => {
        const seen = firstPages[order].rows.map((t) => t.id);
        let cursor = firstPages[order].nextCursor;
        while (cursor) {
          const page = await read(order, cursor);
          seen.push(...page.rows.map((t) => t.id));
          cursor = page.nextCursor;
        }
        return seen;
      };
      return { firstPages, asc: await followed("asc"), desc: await followed("desc") };
    }

    /**
     * Reads the first page in each order, has a respacing re-key the scope (MOVES moves of two tasks that neither
     * page holds, into the gap after a third), then follows each cursor to the end: every task once, in the order
     * the scope now has. The cursors carry keys from before the respacing, which the new ones (from `a0` up) no longer
     * order around; on the old code ascending pages began again from the first task and descending ones stopped.
     */
    async function pagedAcrossRespacing(userId: string, scope: { listId?: number; parentId?: number }, ids: number[]) {
      // ids in manual order, ten of them: pages of 3 from either end leave ids[3..6] to move within.
      const [anchor, one, two] = [ids[3], ids[5], ids[6]] as [number, number, number];
      const keysBefore = new Map(
        (await listTasks(db(), userId, { ...scope, sort: "manual", limit: 100 })).rows.map((t) => [t.id, t.position]),
      );
      const { firstPages, asc, desc } = await pagedAroundMoves(userId, scope, [anchor, one, two]);
      const last = (MOVES - 1) % 2 === 0 ? one : two;
      const other = last === one ? two : one;
      const now = (await listTasks(db(), userId, { ...scope, sort: "manual", limit: 100 })).rows;
      const order = [...ids.slice(0, 4), last, other, ids[4], ...ids.slice(7)];
      const cursorTasks = [firstPages.asc.rows[2]?.id, firstPages.desc.rows[2]?.id];
      expect({
        order: now.map((t) => t.id),
        // The tasks the cursors name were re-keyed by the respacing, and the first pages read before it.
        rekeyed: cursorTasks.map((id) => now.find((t) => t.id === id)?.position !== keysBefore.get(id as number)),
        // The key a task had before the respacing is the cursor's business alone: no use case returns it.
        hidden: now.every((t) => !("positionBeforeRespacing" in t)),
        asc,
        desc,
      }).toEqual({
        order,
        rekeyed: [true, true],
        hidden: true,
        asc: order,
        desc: [...order].reverse(),
      });
    }

    it("follows a cursor read before a respacing of a list's tasks to the end, in either order: every task once", async () => {
      const userId = await createUser(db());
      const { id: listId } = await createList(db(), userId, { name: "Busy" });
      for (let i = 0; i < 10; i++) await createTask(db(), userId, { title: `t${i}`, listId });
      const before = await listTasks(db(), userId, { listId, sort: "manual", limit: 100 });
      await pagedAcrossRespacing(
        userId,
        { listId },
        before.rows.map((t) => t.id),
      );
    }, 120_000);

    it("follows such a cursor over a parent's subtasks too", async () => {
      const userId = await createUser(db());
      const parent = await createTask(db(), userId, { title: "parent" });
      // A new subtask goes last: a0, a1, …, after the parent's own a0 (the first of the Inbox) among the user's tasks,
      // so a respacing spaces them out after that key, each with a new one.
      for (let i = 0; i < 10; i++) await createTask(db(), userId, { title: `s${i}`, parentId: parent.id });
      const before = await listTasks(db(), userId, { parentId: parent.id, sort: "manual", limit: 100 });
      await pagedAcrossRespacing(
        userId,
        { parentId: parent.id },
        before.rows.map((t) => t.id),
      );
    }, 120_000);

    it("follows such a cursor over the user's top-level tasks without listId (here all in the Inbox)", async () => {
      const userId = await createUser(db());
      for (let i = 0; i < 10; i++) await createTask(db(), userId, { title: `t${i}` });
      const before = await listTasks(db(), userId, { sort: "manual", limit: 100 });
      await pagedAcrossRespacing(
        userId,
        {},
        before.rows.map((t) => t.id),
      );
    }, 120_000);

    it("follows a cursor over several lists' tasks (sort=manual without listId) across a respacing of one list: every task once, in the order they had", async () => {
      const userId = await createUser(db());
      const lists = [
        await createList(db(), userId, { name: "Moved about" }),
        await createList(db(), userId, { name: "Left alone" }),
      ];
      // A new task goes first: each list's keys count down from a0, and the two lists' tasks interleave.
      for (let i = 0; i < 10; i++)
        for (const { id: listId } of lists) await createTask(db(), userId, { title: `t${i}`, listId });
      const all = async () => (await listTasks(db(), userId, { sort: "manual", limit: 100 })).rows;
      const before = await all();
      // The first list's 4th task stays put, its 6th and 7th take turns right after it, until the list is respaced.
      const inList = (await listTasks(db(), userId, { listId: lists[0]?.id, sort: "manual", limit: 100 })).rows;
      const [anchor, one, two] = [inList[3], inList[5], inList[6]].map((t) => t?.id) as [number, number, number];
      const { asc, desc } = await pagedAroundMoves(userId, {}, [anchor, one, two]);
      const now = await all();
      const stayed = (rows: { id: number }[]) => rows.map((t) => t.id).filter((id) => id !== one && id !== two);
      const keyBefore = new Map(before.map((t) => [t.id, t.position]));
      expect({
        // A respacing happened: every task of the list has a new key.
        respaced: inList.every((t) => now.find((n) => n.id === t.id)?.position !== keyBefore.get(t.id)),
        // Each task where it was among the other list's: on the old code, the list's keys began again from a0, past
        // every key of the other list (which count down from a0), and pages across both skipped most of it.
        order: stayed(now),
        asc,
        desc,
      }).toEqual({
        respaced: true,
        order: stayed(before),
        asc: now.map((t) => t.id),
        desc: now.map((t) => t.id).reverse(),
      });
    }, 120_000);

    it("keeps a user's lists' keys short and their order exact too", async () => {
      const userId = await createUser(db());
      // The lists' first read gives the user their Inbox, whose key the others' come after.
      await listLists(db(), userId);
      const [anchor, one, two] = [
        await createList(db(), userId, { name: "Anchor" }),
        await createList(db(), userId, { name: "One" }),
        await createList(db(), userId, { name: "Two" }),
        await createList(db(), userId, { name: "Rest" }),
      ];
      const { longest, shortened } = await movedInTurns((move) =>
        moveList(db(), userId, move % 2 === 0 ? one.id : two.id, { after: anchor.id }),
      );
      const last = (MOVES - 1) % 2 === 0 ? one : two;
      const other = last === one ? two : one;
      const lists = await listLists(db(), userId);
      expect({
        longest: longest <= POSITION_KEY_MAX,
        shortened,
        order: lists.map((l) => l.name),
        distinct: new Set(lists.map((l) => l.position)).size,
      }).toEqual({
        longest: true,
        shortened: true,
        order: ["Inbox", "Anchor", last.name, other.name, "Rest"],
        distinct: 5,
      });
    }, 120_000);
  });
}
