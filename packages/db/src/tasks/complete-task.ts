import { nextOccurrence, parseRule, todayIn } from "@todo/dates";
import { and, eq, isNull, or, type SQL, sql } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import { runTransaction, type Transaction } from "../client/run-transaction";
import { task, taskCompletion, userSettings } from "../schema";
import { explainMiss, nextUpdatedAt, type TaskTarget, targetWhere } from "./precondition";
import { type TaskWithSubtasks, taskWithSubtasks } from "./task-columns";

/** A completion's answer: the task as it now is, and the completion it recorded (a recurring task's), if any. */
export interface CompletionOutcome {
  task: TaskWithSubtasks;
  completionId: number | null;
}

/** What tells one occurrence of a task from the next: a completion that finds these changed under its lock lost a race. */
const occurrenceColumns = { dueDate: task.dueDate, completed: task.completed, seriesOccurrence: task.seriesOccurrence };

/** The occurrence a request came to, read before it took the lock. */
interface Seen {
  dueDate: string | null;
  completed: boolean;
  seriesOccurrence: number;
}

async function lockForCompletion(tx: Transaction, target: TaskTarget) {
  const [row] = await tx
    .select({
      ...occurrenceColumns,
      id: task.id,
      userId: task.userId,
      recurrenceRule: task.recurrenceRule,
      recurrenceFrom: task.recurrenceFrom,
      dueTime: task.dueTime,
      timeZone: userSettings.timeZone,
    })
    .from(task)
    .leftJoin(userSettings, eq(userSettings.userId, task.userId))
    .where(targetWhere(target))
    .for("no key update", { of: task });
  return row ?? explainMiss(tx, target);
}

async function write(tx: Transaction, id: number, fields: PgUpdateSetSource<typeof task>): Promise<TaskWithSubtasks> {
  const [row] = await tx
    .update(task)
    .set({ ...fields, updatedAt: nextUpdatedAt })
    .where(eq(task.id, id))
    .returning(taskWithSubtasks);
  if (!row) throw new Error("UPDATE of a locked task gave no row");
  return row;
}

/** Sets `completed` to `value` (flips it when `completed` is undefined) where `where` holds, returning the task. */
const setCompleted = (db: Database, completed: boolean | undefined, value: unknown, where: SQL | undefined) =>
  db
    .update(task)
    .set({ completed: completed === undefined ? sql`not ${task.completed}` : sql`${value}`, updatedAt: nextUpdatedAt })
    .where(and(where, completed === false ? undefined : or(isNull(task.recurrenceRule), task.completed)))
    .returning(taskWithSubtasks);

/**
 * The statements of a completion without `If-Match`, the usual one, built once per database: Drizzle would build their
 * SQL again on every call. `id`, `userId` and `completed` are their placeholders.
 */
function buildStatements(db: Database) {
  const target = and(eq(task.id, sql.placeholder("id")), eq(task.userId, sql.placeholder("userId")));
  const update = (completed: boolean | undefined) =>
    setCompleted(db, completed, sql.placeholder("completed"), target).prepare("");
  return {
    seen: db
      .select({ ...occurrenceColumns, recurring: sql<boolean>`${task.recurrenceRule} is not null` })
      .from(task)
      .where(target)
      .prepare(""),
    toggle: update(undefined),
    complete: update(true),
    reopen: update(false),
  };
}

const prepared = new WeakMap<Database, ReturnType<typeof buildStatements>>();

function statementsFor(db: Database) {
  let statements = prepared.get(db);
  if (!statements) {
    statements = buildStatements(db);
    prepared.set(db, statements);
  }
  return statements;
}

/**
 * Sets `completed`, or flips it when `completed` is undefined. Completing a recurring task that is open completes
 * its current occurrence instead: a completion is recorded and, while the series goes on, the task stays open at
 * its next occurrence (judged by "today" in the user's time zone at `now`) with its subtasks reset; at the series'
 * end it is completed for good. The task is locked throughout, so completions take turns; one that waited for
 * another's lock and finds the occurrence it came to already completed changes nothing and answers the task as it
 * now is (never two completions of one occurrence). With `ifMatch` (`If-Match`) the loser gets
 * TaskChangedError instead.
 */
export async function completeTask(
  db: Database,
  target: TaskTarget,
  completed?: boolean,
  now: Date = new Date(),
): Promise<CompletionOutcome> {
  const statements = statementsFor(db);
  const values = { id: target.id, userId: target.userId, completed };
  // What the request came to, read first: a completion that then waits for another's lock can tell it lost.
  const [seen] = await statements.seen.execute(values);
  if (!seen?.recurring || completed === false || (completed === undefined && seen.completed)) {
    // Not an occurrence to complete: one statement, as long as the task has not become one meanwhile.
    const [row] = target.ifMatch
      ? await setCompleted(db, completed, completed, targetWhere(target))
      : await statements[completed === undefined ? "toggle" : completed ? "complete" : "reopen"].execute(values);
    if (row) return { task: row, completionId: null };
    if (!seen) return explainMiss(db, target);
  }
  return completeOccurrence(db, target, seen, completed, now);
}

/** The transaction that completes an occurrence (or, if the task changed meanwhile, does what the request asks of it now). */
function completeOccurrence(
  db: Database,
  target: TaskTarget,
  seen: Seen | undefined,
  completed: boolean | undefined,
  now: Date,
): Promise<CompletionOutcome> {
  return runTransaction(db, async (tx) => {
    const current = await lockForCompletion(tx, target);
    const wanted = completed ?? !current.completed;
    const parsed = current.recurrenceRule === null ? null : parseRule(current.recurrenceRule);
    if (!parsed?.ok || current.recurrenceFrom === null || current.dueDate === null || !wanted || current.completed) {
      return { task: await write(tx, current.id, { completed: wanted }), completionId: null };
    }
    const raced =
      !seen ||
      seen.dueDate !== current.dueDate ||
      seen.completed !== current.completed ||
      seen.seriesOccurrence !== current.seriesOccurrence;
    if (raced) {
      const [row] = await tx.select(taskWithSubtasks).from(task).where(eq(task.id, current.id));
      if (!row) throw new Error("a locked task went missing");
      return { task: row, completionId: null };
    }

    const today = todayIn(current.timeZone ?? "UTC", now);
    const next = nextOccurrence(
      { rule: parsed.rule, from: current.recurrenceFrom },
      { dueDate: current.dueDate, occurrence: current.seriesOccurrence },
      today,
    );
    // The series goes on: its subtasks start over (the ones reset are kept, for an undo).
    const reset = next
      ? await tx
          .update(task)
          .set({ completed: false, updatedAt: nextUpdatedAt })
          .where(and(eq(task.parentId, current.id), eq(task.completed, true)))
          .returning({ id: task.id })
      : [];
    const [completion] = await tx
      .insert(taskCompletion)
      .values({
        taskId: current.id,
        userId: current.userId,
        dueDate: current.dueDate,
        dueTime: current.dueTime,
        seriesOccurrence: current.seriesOccurrence,
        completedSubtaskIds: reset.map((r) => r.id).sort((a, b) => a - b),
        completedAt: now,
      })
      .returning({ id: taskCompletion.id });
    if (!completion) throw new Error("INSERT … RETURNING gave no row");
    const fields = next
      ? { dueDate: next.dueDate, seriesOccurrence: next.occurrence, completed: false }
      : { completed: true };
    return { task: await write(tx, current.id, fields), completionId: completion.id };
  });
}
