import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listChanges } from "../../src/changes";
import { FieldRuleError } from "../../src/field-rule-error";
import {
  createInbox,
  createList,
  deleteList,
  ListConflictError,
  type ListWithCount,
  listLists,
  moveList,
  updateList,
} from "../../src/lists";
import {
  completeTask,
  createTask,
  deleteTask,
  listTasks,
  moveTask,
  TaskConflictError,
  type TaskWithSubtasks,
  updateTask,
} from "../../src/tasks";
import { createUser } from "../create-user";
import type { DatabaseContext } from "./use-database";

// Indexes into the tasks or lists that exist at the step, taken modulo their number.
const stepArb = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("task"),
      list: fc.nat(),
      parent: fc.option(fc.nat()),
      completed: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("edit"),
      task: fc.nat(),
      completed: fc.option(fc.boolean()),
      parent: fc.oneof(fc.constant("keep" as const), fc.constant("detach" as const), fc.nat()),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("toggle"), task: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("move"),
      task: fc.nat(),
      list: fc.option(fc.nat()),
      anchor: fc.option(fc.nat()),
      after: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("deleteTask"), task: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("list") }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("editList"), list: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("moveList"), list: fc.nat(), anchor: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("deleteList"), list: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("sync"), pageSize: fc.integer({ min: 1, max: 8 }) }) },
);
type Step = typeof stepArb extends fc.Arbitrary<infer S> ? S : never;

const pick = <T>(items: T[], index: number): T | undefined => items[index % Math.max(items.length, 1)];

/** A delta client: what it knows of the user's tasks and lists, and the seq it read through. */
class DeltaClient {
  tasks = new Map<number, TaskWithSubtasks>();
  lists = new Map<number, ListWithCount>();
  since = 0;

  async sync(ctx: DatabaseContext, userId: string, pageSize: number) {
    for (let more = true; more; ) {
      const page = await listChanges(ctx.db(), userId, { since: this.since, limit: pageSize });
      for (const change of page.changes) {
        const id = change.id as number;
        if (change.type === "task.deleted") this.tasks.delete(id);
        else if (change.type === "list.deleted") this.lists.delete(id);
        else if (change.task) this.tasks.set(id, change.task);
        else if (change.list) this.lists.set(id, change.list);
      }
      this.since = page.next;
      more = page.hasMore;
    }
  }
}

// The rules refuse some generated writes (a second level, a list name taken, …): they change nothing.
const refused = (error: unknown) =>
  error instanceof FieldRuleError || error instanceof TaskConflictError || error instanceof ListConflictError;

async function run(
  db: DatabaseContext["db"],
  userId: string,
  step: Step,
  tasks: TaskWithSubtasks[],
  lists: ListWithCount[],
  n: number,
) {
  const task = "task" in step ? pick(tasks, step.task) : undefined;
  const list = "list" in step && typeof step.list === "number" ? pick(lists, step.list) : undefined;
  const target = task && { userId, id: task.id };
  switch (step.kind) {
    case "task": {
      const parent = step.parent === null ? undefined : pick(tasks, step.parent);
      return createTask(db(), userId, {
        title: `t${n}`,
        completed: step.completed,
        ...(parent ? { parentId: parent.id } : { listId: list?.id }),
      });
    }
    case "edit": {
      if (!target) return;
      const parentId =
        step.parent === "keep" ? undefined : step.parent === "detach" ? null : pick(tasks, step.parent)?.id;
      return updateTask(db(), target, {
        title: `e${n}`,
        ...(step.completed === null ? {} : { completed: step.completed }),
        ...(parentId === undefined ? {} : { parentId }),
      });
    }
    case "toggle":
      return target && completeTask(db(), target);
    case "move": {
      if (!target) return;
      const anchor = step.anchor === null ? undefined : pick(tasks, step.anchor);
      const into = step.list === null ? undefined : pick(lists, step.list);
      if (anchor && anchor.id !== target.id)
        return moveTask(db(), target, { [step.after ? "after" : "before"]: anchor.id, listId: into?.id });
      return into && moveTask(db(), target, { listId: into.id });
    }
    case "deleteTask":
      return target && deleteTask(db(), target);
    case "list":
      return createList(db(), userId, { name: `l${n}` });
    case "editList":
      return list && updateList(db(), userId, list.id, { name: `r${n}`, color: "#123456" });
    case "moveList": {
      const anchor = pick(lists, step.anchor);
      return list && anchor && list.id !== anchor.id && moveList(db(), userId, list.id, { after: anchor.id });
    }
    case "deleteList":
      return list && !list.isInbox && deleteList(db(), userId, list.id);
    case "sync":
      return;
  }
}

export function describeDeltaReplayProperty(ctx: DatabaseContext): void {
  const { db } = ctx;
  describe("the change log replayed by a delta client, on generated writes", () => {
    it("after any writes, deletes and moves, synced at any points, the client holds exactly the tasks and lists the reads answer", async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 30 }), async (steps) => {
          const userId = await createUser(db());
          await createInbox(db(), userId);
          const client = new DeltaClient();
          let tasks: TaskWithSubtasks[] = [];
          let lists = await listLists(db(), userId);
          for (const [n, step] of steps.entries()) {
            if (step.kind === "sync") {
              await client.sync(ctx, userId, step.pageSize);
              continue;
            }
            try {
              await run(db, userId, step, tasks, lists, n);
            } catch (error) {
              if (!refused(error)) throw error;
            }
            tasks = (await listTasks(db(), userId, { parentId: "any", limit: 100 })).rows;
            lists = await listLists(db(), userId);
          }
          await client.sync(ctx, userId, 500);
          const byId = <T extends { id: number }>(rows: Iterable<T>) => [...rows].sort((a, b) => a.id - b.id);
          expect({ tasks: byId(client.tasks.values()), lists: byId(client.lists.values()) }).toEqual({
            tasks: byId(tasks),
            lists: byId(lists),
          });
        }),
        { numRuns: 15 },
      );
    });
  });
}
