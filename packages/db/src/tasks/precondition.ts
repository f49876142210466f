import type { TaskVersion } from "@todo/contracts";
import { and, eq, or, type SQL, sql } from "drizzle-orm";
import type { Database } from "../client";
import { task } from "../schema";
import { TaskChangedError, TaskNotFoundError } from "./errors";

/** Which task a write targets, and optionally the versions the caller last saw. */
export interface TaskTarget {
  userId: string;
  id: number;
  /** The versions the caller accepts (from `If-Match`): the write happens only if the task is still at one. */
  ifMatch?: readonly TaskVersion[] | undefined;
}

/**
 * The task at one of these versions: its `updatedAt` and its subtasks' counts, both of which its ETag names (read in
 * the write's own statement, through task_parent_position_idx). Spelled `"task"."id"`, as `taskWithSubtasks` is.
 */
function atVersion(versions: readonly TaskVersion[]): SQL | undefined {
  const counts = sql`(select count(*), count(*) filter (where "subtask"."completed") from "task" "subtask" where "subtask"."parent_id" = "task"."id")`;
  return or(
    ...versions.map(({ updatedAt, subtasks }) =>
      and(eq(task.updatedAt, updatedAt), sql`(${subtasks.total}::bigint, ${subtasks.completed}::bigint) = ${counts}`),
    ),
  );
}

export function targetWhere({ userId, id, ifMatch }: TaskTarget): SQL | undefined {
  return and(eq(task.id, id), eq(task.userId, userId), ifMatch ? atVersion(ifMatch) : undefined);
}

/** Every change moves `updatedAt` forward, by at least a millisecond, so versions never repeat. */
export const nextUpdatedAt = sql`greatest(date_trunc('milliseconds', clock_timestamp()), ${task.updatedAt} + interval '1 millisecond')`;

/** After a write matched no row: the task is gone (404) or changed since it was read (412). */
export async function explainMiss(db: Database, target: TaskTarget): Promise<never> {
  if (target.ifMatch) {
    const [found] = await db
      .select({ id: task.id })
      .from(task)
      .where(targetWhere({ ...target, ifMatch: undefined }));
    if (found) throw new TaskChangedError();
  }
  throw new TaskNotFoundError();
}
