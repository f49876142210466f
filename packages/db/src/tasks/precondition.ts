import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Database } from "../client";
import { task } from "../schema";
import { TaskChangedError, TaskNotFoundError } from "./errors";

/** Which task a write targets, and optionally the version the caller last saw. */
export interface TaskTarget {
  userId: string;
  id: number;
  /** The `updatedAt`s the caller accepts (from `If-Match`): the write happens only if one still holds. */
  ifUpdatedAt?: readonly Date[] | undefined;
}

export function targetWhere({ userId, id, ifUpdatedAt }: TaskTarget): SQL | undefined {
  return and(
    eq(task.id, id),
    eq(task.userId, userId),
    ifUpdatedAt ? inArray(task.updatedAt, [...ifUpdatedAt]) : undefined,
  );
}

/** Every change moves `updatedAt` forward, by at least a millisecond, so versions never repeat. */
export const nextUpdatedAt = sql`greatest(date_trunc('milliseconds', clock_timestamp()), ${task.updatedAt} + interval '1 millisecond')`;

/** After a write matched no row: the task is gone (404) or changed since it was read (412). */
export async function explainMiss(db: Database, target: TaskTarget): Promise<never> {
  if (target.ifUpdatedAt) {
    const [found] = await db
      .select({ id: task.id })
      .from(task)
      .where(targetWhere({ ...target, ifUpdatedAt: undefined }));
    if (found) throw new TaskChangedError();
  }
  throw new TaskNotFoundError();
}
