import type { MoveTask } from "@todo/contracts";
import { and, eq } from "drizzle-orm";
import type { Database } from "../client";
import { runTransaction, type Transaction } from "../client/run-transaction";
import { FieldRuleError } from "../field-rule-error";
import { task } from "../schema";
import { TaskNotFoundError } from "./errors";
import { lockTask, writeLocked } from "./placed-write";
import { checkSubtaskList, lockList, lockParent } from "./placement";
import { firstKey, keyNextTo, type Scope } from "./positions";
import type { TaskTarget } from "./precondition";
import type { Current } from "./replace-placement";
import type { TaskWithSubtasks } from "./task-columns";

/** The scope the task is placed in, locked: a subtask stays under its parent; a top-level task goes to `listId`, or stays in its list. */
async function lockScope(tx: Transaction, current: Current, listId: number | undefined): Promise<Scope> {
  const { userId } = current;
  if (current.parentId !== null) {
    if (listId !== undefined) await checkSubtaskList(tx, userId, listId, current.listId);
    await lockParent(tx, userId, current.parentId);
    return { userId, parentId: current.parentId };
  }
  const target = listId ?? current.listId;
  await lockList(tx, userId, target);
  return { userId, listId: target, parentId: null };
}

/** The neighbour's key: the user's task (404 otherwise) of the same scope (422 otherwise). */
async function anchorKey(tx: Transaction, scope: Scope, side: "before" | "after", id: number): Promise<string> {
  const [anchor] = await tx
    .select({ position: task.position, listId: task.listId, parentId: task.parentId })
    .from(task)
    .where(and(eq(task.id, id), eq(task.userId, scope.userId)));
  if (!anchor) throw new TaskNotFoundError(side);
  const same =
    scope.parentId === null
      ? anchor.parentId === null && anchor.listId === scope.listId
      : anchor.parentId === scope.parentId;
  if (!same) throw new FieldRuleError(side, `The ${side} task must be of the same list and level`);
  return anchor.position;
}

/**
 * Places the task just before or after a task of its list and level, or first in its scope (the list given,
 * or under its parent); into another list with `listId`, its subtasks along. Writes only the task's row (and
 * its subtasks' list), with the scope's lock held while the neighbours are read.
 */
export function moveTask(db: Database, target: TaskTarget, input: MoveTask): Promise<TaskWithSubtasks> {
  const side = input.before !== undefined ? "before" : input.after !== undefined ? "after" : undefined;
  const anchorId = input.before ?? input.after;
  return runTransaction(db, async (tx) => {
    const current = await lockTask(tx, target);
    if (side && anchorId === current.id) {
      throw new FieldRuleError(side, "A task cannot be placed next to itself");
    }
    const scope = await lockScope(tx, current, input.listId);
    const position =
      side && anchorId !== undefined
        ? await keyNextTo(tx, scope, await anchorKey(tx, scope, side, anchorId), side, current.id)
        : await firstKey(tx, scope, current.id);
    const listId = scope.parentId === null ? scope.listId : current.listId;
    return writeLocked(tx, current, { position, listId });
  });
}
