import type { CreateTask, ReplaceTask, UpdateTask } from "@todo/contracts";
import { and, eq, sql } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import { type TaskRow, task } from "../schema";
import { TaskNotFoundError } from "./errors";
import { explainMiss, nextUpdatedAt, type TaskTarget, targetWhere } from "./precondition";

export async function getTask(db: Database, userId: string, id: number): Promise<TaskRow> {
  const [row] = await db
    .select()
    .from(task)
    .where(and(eq(task.id, id), eq(task.userId, userId)));
  if (!row) throw new TaskNotFoundError();
  return row;
}

export async function createTask(db: Database, userId: string, input: CreateTask): Promise<TaskRow> {
  const [row] = await db
    .insert(task)
    .values({ ...input, userId })
    .returning();
  if (!row) throw new Error("INSERT … RETURNING gave no row");
  return row;
}

/** Sets the given fields; `updatedAt` advances even when the values are the same. */
async function writeFields(db: Database, target: TaskTarget, fields: PgUpdateSetSource<typeof task>): Promise<TaskRow> {
  const [row] = await db
    .update(task)
    .set({ ...fields, updatedAt: nextUpdatedAt })
    .where(targetWhere(target))
    .returning();
  return row ?? explainMiss(db, target);
}

/** PUT: every editable field, the ones left out (or given as undefined) back to their defaults. */
export function replaceTask(db: Database, target: TaskTarget, input: ReplaceTask): Promise<TaskRow> {
  // Field by field, not a spread: drizzle skips an undefined value, which would keep the old one.
  return writeFields(db, target, {
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
