import { SUBTASKS_MAX } from "@todo/contracts";
import { and, count, eq, max, ne } from "drizzle-orm";
import { generateKeyBetween } from "fractional-indexing";
import type { Transaction } from "../client/run-transaction";
import { FieldRuleError } from "../field-rule-error";
import { ListNotFoundError } from "../lists/errors";
import { insertInbox, ownedList } from "../lists/list-columns";
import { list, task } from "../schema";
import { TaskConflictError, TaskNotFoundError } from "./errors";
import { firstKey } from "./positions";

/** Where a task goes: its list, its parent (null for a top-level task) and its key there. */
export interface Placement {
  listId: number;
  parentId: number | null;
  position: string;
}

/** Takes the list's lock, the scope of its top-level tasks' positions: ListNotFoundError unless the user's. */
export async function lockList(tx: Transaction, userId: string, listId: number): Promise<void> {
  // NO KEY UPDATE leaves task inserts into the list (their foreign key takes KEY SHARE) unblocked.
  const [found] = await tx.select({ id: list.id }).from(list).where(ownedList(userId, listId)).for("no key update");
  if (!found) throw new ListNotFoundError();
}

/** Takes the lock of the user's Inbox, making one for a user without it (whose sign-up hook failed). */
async function lockInbox(tx: Transaction, userId: string): Promise<number> {
  const inbox = () =>
    tx
      .select({ id: list.id })
      .from(list)
      .where(and(eq(list.userId, userId), eq(list.isInbox, true)))
      .for("no key update");
  let [found] = await inbox();
  if (!found) {
    await insertInbox(tx, userId);
    [found] = await inbox();
  }
  if (!found) throw new Error("The user has no Inbox and none could be made");
  return found.id;
}

/** First among the top-level tasks of the list given, or of the Inbox without one; `taskId` is the task being placed. */
export async function firstInList(
  tx: Transaction,
  userId: string,
  listId: number | undefined,
  taskId?: number,
): Promise<Placement> {
  let id = listId;
  if (id === undefined) id = await lockInbox(tx, userId);
  else await lockList(tx, userId, id);
  return { listId: id, parentId: null, position: await firstKey(tx, { userId, listId: id, parentId: null }, taskId) };
}

/** That a `listId` sent with a subtask is the user's (404) and its parent's list (422). */
export async function checkSubtaskList(tx: Transaction, userId: string, listId: number, parentListId: number) {
  if (listId === parentListId) return;
  const [found] = await tx.select({ id: list.id }).from(list).where(ownedList(userId, listId));
  if (!found) throw new ListNotFoundError();
  throw new FieldRuleError("listId", "A subtask is always in its parent's list");
}

export interface LockedParent {
  id: number;
  listId: number;
}

/** Takes the lock of a parent, the scope of its subtasks' positions: the user's top-level task, or an error. */
export async function lockParent(tx: Transaction, userId: string, parentId: number): Promise<LockedParent> {
  const [parent] = await tx
    .select({ id: task.id, listId: task.listId, parentId: task.parentId })
    .from(task)
    .where(and(eq(task.id, parentId), eq(task.userId, userId)))
    .for("no key update");
  if (!parent) throw new TaskNotFoundError("parent");
  if (parent.parentId !== null) throw new FieldRuleError("parentId", "A subtask cannot have subtasks");
  return parent;
}

/** Last under the parent (locked), in its list; `listId`, if sent, must be that list. At most SUBTASKS_MAX subtasks (409). */
export async function lastUnderParent(
  tx: Transaction,
  userId: string,
  parent: LockedParent,
  listId: number | undefined,
  taskId?: number,
): Promise<Placement> {
  const parentId = parent.id;
  if (listId !== undefined) await checkSubtaskList(tx, userId, listId, parent.listId);
  const [mine] = await tx
    .select({ subtasks: count(), last: max(task.position) })
    .from(task)
    .where(and(eq(task.parentId, parentId), taskId === undefined ? undefined : ne(task.id, taskId)));
  if ((mine?.subtasks ?? 0) >= SUBTASKS_MAX) {
    throw new TaskConflictError(`A task has at most ${SUBTASKS_MAX} subtasks`);
  }
  return { listId: parent.listId, parentId, position: generateKeyBetween(mine?.last ?? null, null) };
}
