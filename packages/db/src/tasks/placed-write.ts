import { eq, sql } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { Transaction } from "../client/run-transaction";
import { task } from "../schema";
import { explainMiss, nextUpdatedAt, type TaskTarget, targetWhere } from "./precondition";
import type { Current } from "./replace-placement";
import { type TaskWithSubtasks, taskWithSubtasks } from "./task-columns";

/** The targeted task, locked until the transaction ends, with what its placement rules need; 404 or 412 otherwise. */
export async function lockTask(tx: Transaction, target: TaskTarget): Promise<Current> {
  const [current] = await tx
    .select({
      id: task.id,
      userId: task.userId,
      listId: task.listId,
      parentId: task.parentId,
      hasSubtasks: sql<boolean>`exists (select 1 from "task" "subtask" where "subtask"."parent_id" = "task"."id")`,
    })
    .from(task)
    .where(targetWhere(target))
    .for("no key update");
  return current ?? explainMiss(tx, target);
}

/** Writes the locked task's fields; a parent that changed list takes its subtasks along. */
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
  if (current.hasSubtasks && row.listId !== current.listId) {
    await tx.update(task).set({ listId: row.listId, updatedAt: nextUpdatedAt }).where(eq(task.parentId, current.id));
  }
  return row;
}
