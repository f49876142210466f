import { COMPLETIONS_LIMIT_DEFAULT, type ListCompletionsQuery } from "@todo/contracts";
import { and, desc, eq, lt, sql } from "drizzle-orm";
import type { Database } from "../client";
import { runTransaction } from "../client/run-transaction";
import { type TaskCompletionRow, task, taskCompletion } from "../schema";
import { CompletionNotFoundError, InvalidCursorError, TaskConflictError, TaskNotFoundError } from "./errors";
import { lockTask } from "./placed-write";
import { nextUpdatedAt, type TaskTarget } from "./precondition";
import { type TaskWithSubtasks, taskWithSubtasks } from "./task-columns";

export interface CompletionPage {
  rows: TaskCompletionRow[];
  /** The cursor of the next (older) page, or null on the last one. */
  nextCursor: string | null;
}

function decodeCompletionCursor(cursor: string): number {
  const id = /^[1-9]\d{0,9}$/.test(cursor) ? Number(cursor) : Number.NaN;
  if (!(id <= 2_147_483_647)) throw new InvalidCursorError();
  return id;
}

/** A task's completions, newest first, a page at a time (keyset on the id); TaskNotFoundError unless the task is the user's. */
export async function listCompletions(
  db: Database,
  userId: string,
  taskId: number,
  query: ListCompletionsQuery = {},
): Promise<CompletionPage> {
  const limit = query.limit ?? COMPLETIONS_LIMIT_DEFAULT;
  const before = query.cursor === undefined ? undefined : decodeCompletionCursor(query.cursor);
  const rows = await db
    .select()
    .from(taskCompletion)
    .where(
      and(
        eq(taskCompletion.taskId, taskId),
        eq(taskCompletion.userId, userId),
        before === undefined ? undefined : lt(taskCompletion.id, before),
      ),
    )
    .orderBy(desc(taskCompletion.id))
    .limit(limit + 1);
  if (rows.length === 0) {
    const [found] = await db
      .select({ id: task.id })
      .from(task)
      .where(and(eq(task.id, taskId), eq(task.userId, userId)));
    if (!found) throw new TaskNotFoundError();
  }
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  return { rows: page, nextCursor: more ? String(page.at(-1)?.id) : null };
}

/**
 * Undoes the task's latest completion: the due date and place in the series it completed come back, the task is
 * open again, the subtasks it reset are completed again, and the completion is gone. An older completion is 409
 * (undo the later ones first); one that is not this task's (or the user's) is 404.
 */
export function undoCompletion(db: Database, target: TaskTarget, completionId: number): Promise<TaskWithSubtasks> {
  return runTransaction(db, async (tx) => {
    const current = await lockTask(tx, target);
    const [latest] = await tx
      .select()
      .from(taskCompletion)
      .where(eq(taskCompletion.taskId, current.id))
      .orderBy(desc(taskCompletion.id))
      .limit(1);
    if (latest?.id !== completionId) {
      const [older] = await tx
        .select({ id: taskCompletion.id })
        .from(taskCompletion)
        .where(and(eq(taskCompletion.id, completionId), eq(taskCompletion.taskId, current.id)));
      if (older) throw new TaskConflictError("Only the latest completion can be undone: undo the later ones first");
      throw new CompletionNotFoundError();
    }
    if (latest.completedSubtaskIds.length > 0) {
      await tx
        .update(task)
        .set({ completed: true, updatedAt: nextUpdatedAt })
        .where(
          and(
            eq(task.parentId, current.id),
            sql`${task.id} = any(${sql.param(latest.completedSubtaskIds)}::integer[])`,
          ),
        );
    }
    await tx.delete(taskCompletion).where(eq(taskCompletion.id, latest.id));
    const [row] = await tx
      .update(task)
      .set({
        dueDate: latest.dueDate,
        seriesOccurrence: latest.seriesOccurrence,
        completed: false,
        updatedAt: nextUpdatedAt,
      })
      .where(eq(task.id, current.id))
      .returning(taskWithSubtasks);
    if (!row) throw new Error("UPDATE of a locked task gave no row");
    return row;
  });
}
