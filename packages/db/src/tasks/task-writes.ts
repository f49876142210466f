import type { ReplaceTask, UpdateTask } from "@todo/contracts";
import { and, eq } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import { runTransaction } from "../client/run-transaction";
import { task } from "../schema";
import { allDatedFields, datedRules, sentDatedFields } from "./dated-fields";
import { editableFields } from "./editable-fields";
import { TaskNotFoundError } from "./errors";
import { lockTask, writeLocked } from "./placed-write";
import { explainMiss, nextUpdatedAt, type TaskTarget, targetWhere } from "./precondition";
import { newPlacement, type PlacementChange } from "./replace-placement";
import { type TaskWithSubtasks, taskWithSubtasks } from "./task-columns";

export async function getTask(db: Database, userId: string, id: number): Promise<TaskWithSubtasks> {
  const [row] = await db
    .select(taskWithSubtasks)
    .from(task)
    .where(and(eq(task.id, id), eq(task.userId, userId)));
  if (!row) throw new TaskNotFoundError();
  return row;
}

type Fields = PgUpdateSetSource<typeof task>;

/**
 * Sets the given fields; `updatedAt` advances even when the values are the same. A change of list or parent
 * is one transaction (the task's lock, the new scope's, its key there, the parent's subtasks along); any
 * other write is one statement.
 */
async function writeFields(
  db: Database,
  target: TaskTarget,
  fields: Fields,
  change: PlacementChange = {},
): Promise<TaskWithSubtasks> {
  if (change.listId === undefined && change.parentId === undefined) {
    const [row] = await datedRules(
      db
        .update(task)
        .set({ ...fields, updatedAt: nextUpdatedAt })
        .where(targetWhere(target))
        .returning(taskWithSubtasks),
    );
    return row ?? explainMiss(db, target);
  }
  return runTransaction(db, async (tx) => {
    const current = await lockTask(tx, target);
    return datedRules(writeLocked(tx, current, { ...fields, ...(await newPlacement(tx, current, change)) }));
  });
}

/** PUT: every editable field, the ones left out (or given as undefined) back to their defaults; without `listId` or `parentId` the task stays where it is. */
export function replaceTask(db: Database, target: TaskTarget, input: ReplaceTask): Promise<TaskWithSubtasks> {
  return writeFields(
    db,
    target,
    { ...editableFields(input), ...allDatedFields(input) },
    { listId: input.listId, parentId: input.parentId },
  );
}

/** PATCH: only the fields sent (`dueDate: null` clears the time, recurrence and reminders with it). */
export function updateTask(db: Database, target: TaskTarget, input: UpdateTask): Promise<TaskWithSubtasks> {
  const { listId, parentId, dueDate: _, dueTime: __, recurrence: ___, reminders: ____, ...fields } = input;
  return writeFields(db, target, { ...fields, ...sentDatedFields(input) }, { listId, parentId });
}

/** Deletes the task and, through the foreign key, its subtasks. */
export async function deleteTask(db: Database, target: TaskTarget): Promise<void> {
  const [row] = await db.delete(task).where(targetWhere(target)).returning({ id: task.id });
  if (!row) await explainMiss(db, target);
}
