import { eq } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { Transaction } from "../client/run-transaction";
import { task } from "../schema";
import { explainMiss, nextUpdatedAt, type TaskTarget, targetWhere } from "./precondition";
import type { Current } from "./replace-placement";
import { type TaskWithSubtasks, taskWithSubtasks } from "./task-columns";

/**
 * The targeted task, locked until the transaction ends, with what its placement rules need; 404 or 412 otherwise.
 * Whether it has subtasks is no part of it: see `hasSubtasks`.
 */
export async function lockTask(tx: Transaction, target: TaskTarget): Promise<Current> {
  const [current] = await tx
    .select({ id: task.id, userId: task.userId, listId: task.listId, parentId: task.parentId })
    .from(task)
    .where(targetWhere(target))
    .for("no key update");
  return current ?? explainMiss(tx, target);
}

/**
 * Whether the locked task has subtasks, asked in a statement of its own once the lock is held. Asked in the
 * locking statement, it would be read as of that statement's start: a subtask added by a writer that held the
 * task's lock meanwhile (adding one locks the parent, `lockParent`) would not be seen, and the task could become a
 * subtask itself (two levels) or move to another list without it. Under the lock no other subtask can come.
 */
export async function hasSubtasks(tx: Transaction, taskId: number): Promise<boolean> {
  const [subtask] = await tx.select({ id: task.id }).from(task).where(eq(task.parentId, taskId)).limit(1);
  return subtask !== undefined;
}

/** Writes the locked task's fields; a top-level task that changed list takes its subtasks along. */
export async function writeLocked(
  tx: Transaction,
  current: Current,
  fields: PgUpdateSetSource<typeof task>,
): Promise<TaskWithSubtasks> {
  const [row] = await tx
    .update(task)
    .set({ ...fields, updatedAt: nextUpdatedAt })
    .where(eq(task.id, current.id))
    .returning(taskWithSubtasks);
  if (!row) throw new Error("UPDATE of a locked task gave no row");
  if (row.parentId === null && row.listId !== current.listId) {
    // Its subtasks, whatever the lock's statement saw (see `hasSubtasks`): none is one statement that changes nothing.
    await tx.update(task).set({ listId: row.listId, updatedAt: nextUpdatedAt }).where(eq(task.parentId, current.id));
  }
  return row;
}
