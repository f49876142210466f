import { and, eq, getTableColumns, type SQL, sql } from "drizzle-orm";
import { type Database, isUniqueViolation } from "../client";
import { type ListRow, list } from "../schema";
import { ListConflictError } from "./errors";

/** A list with how many of its tasks are open, as every list use case returns it. */
export type ListWithCount = ListRow & { openTasks: number };

/** The list's columns and its open tasks, counted in the same statement (index task_user_list_created_idx). */
export const listWithCount = {
  ...getTableColumns(list),
  // Spelled out: Drizzle leaves columns unqualified in a one-table select, which would not correlate.
  openTasks:
    sql<number>`(select count(*) from "task" where "task"."user_id" = "list"."user_id" and "task"."list_id" = "list"."id" and not "task"."completed")`.mapWith(
      Number,
    ),
};

/** Every change moves `updatedAt` forward, by at least a millisecond. */
export const nextListUpdatedAt = sql`greatest(date_trunc('milliseconds', clock_timestamp()), ${list.updatedAt} + interval '1 millisecond')`;

export const ownedList = (userId: string, id: number): SQL | undefined => and(eq(list.id, id), eq(list.userId, userId));

export const INBOX_NAME = "Inbox";
// fractional-indexing's first key; the Inbox sorts first by `is_inbox` whatever its position.
export const INBOX_POSITION = "a0";

/**
 * Adds the user's Inbox unless they have one: one statement, safe to repeat or race. Any unique index stops it, not
 * only the Inbox's: two racing inserts may meet first on the name's (`list_user_name_idx`), and with the Inbox's
 * alone as the arbiter the later one failed there (23505) instead of finding the Inbox made.
 */
export async function insertInbox(db: Database, userId: string): Promise<void> {
  await db
    .insert(list)
    .values({ userId, name: INBOX_NAME, isInbox: true, position: INBOX_POSITION })
    .onConflictDoNothing();
}

/** Runs a write that may meet `list_user_name_idx`, and answers a clash as a duplicate name. */
export async function uniqueName<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (isUniqueViolation(error, "list_user_name_idx")) throw new ListConflictError("A list of that name exists");
    throw error;
  }
}
