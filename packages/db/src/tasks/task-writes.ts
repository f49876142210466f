import type { CreateTask, ReplaceTask, UpdateTask } from "@todo/contracts";
import { and, eq, sql } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import { runTransaction } from "../client/run-transaction";
import { ListNotFoundError } from "../lists/errors";
import { insertInbox, ownedList } from "../lists/list-columns";
import { list, type TaskRow, task } from "../schema";
import { TaskNotFoundError } from "./errors";
import { inboxOf, insertTaskInto, listExists } from "./insert-task";
import { explainMiss, nextUpdatedAt, type TaskTarget, targetWhere } from "./precondition";

export async function getTask(db: Database, userId: string, id: number): Promise<TaskRow> {
  const [row] = await db
    .select()
    .from(task)
    .where(and(eq(task.id, id), eq(task.userId, userId)));
  if (!row) throw new TaskNotFoundError();
  return row;
}

/**
 * Into the list given (ListNotFoundError unless the user's) or, without one, the user's Inbox: one
 * statement. A user without an Inbox gets one, in a transaction with the task, so none fails for it.
 */
export async function createTask(db: Database, userId: string, input: CreateTask): Promise<TaskRow> {
  if (input.listId !== undefined) {
    const row = await insertTaskInto(db, userId, input, ownedList(userId, input.listId));
    if (!row) throw new ListNotFoundError();
    return row;
  }
  const row =
    (await insertTaskInto(db, userId, input, inboxOf(userId))) ??
    (await runTransaction(db, async (tx) => {
      await insertInbox(tx, userId);
      return insertTaskInto(tx, userId, input, inboxOf(userId));
    }));
  if (!row) throw new Error("The user has no Inbox and none could be made");
  return row;
}

/** Sets the given fields; `updatedAt` advances even when the values are the same. A `listId` must be the user's. */
async function writeFields(db: Database, target: TaskTarget, fields: PgUpdateSetSource<typeof task>): Promise<TaskRow> {
  const listId = typeof fields.listId === "number" ? fields.listId : undefined;
  const [row] = await db
    .update(task)
    .set({ ...fields, updatedAt: nextUpdatedAt })
    .where(and(targetWhere(target), listId === undefined ? undefined : listExists(target.userId, listId)))
    .returning();
  if (row) return row;
  if (listId !== undefined) {
    const [found] = await db.select({ id: list.id }).from(list).where(ownedList(target.userId, listId));
    if (!found) throw new ListNotFoundError();
  }
  return explainMiss(db, target);
}

/** PUT: every editable field, the ones left out (or given as undefined) back to their defaults; without `listId` the task stays in its list. */
export function replaceTask(db: Database, target: TaskTarget, input: ReplaceTask): Promise<TaskRow> {
  // Field by field, not a spread: drizzle skips an undefined value, which would keep the old one.
  return writeFields(db, target, {
    listId: input.listId,
    title: input.title,
    description: input.description ?? "",
    completed: input.completed ?? false,
    priority: input.priority ?? "none",
    tags: input.tags ?? [],
    dueDate: input.dueDate ?? null,
  });
}

/** PATCH: only the fields sent. */
export function updateTask(db: Database, target: TaskTarget, input: UpdateTask): Promise<TaskRow> {
  return writeFields(db, target, input);
}

/** Sets `completed`, or flips it when `completed` is undefined. */
export function completeTask(db: Database, target: TaskTarget, completed?: boolean): Promise<TaskRow> {
  const value = completed === undefined ? sql`NOT ${task.completed}` : sql`${completed}`;
  return writeFields(db, target, { completed: value });
}

export async function deleteTask(db: Database, target: TaskTarget): Promise<void> {
  const [row] = await db.delete(task).where(targetWhere(target)).returning({ id: task.id });
  if (!row) await explainMiss(db, target);
}
