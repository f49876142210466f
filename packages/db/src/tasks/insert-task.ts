import type { CreateTask } from "@todo/contracts";
import { and, eq, getTableColumns, type SQL, sql } from "drizzle-orm";
import type { Database } from "../client";
import { list, type TaskRow, task } from "../schema";

type Column = keyof TaskRow;

/**
 * `INSERT INTO task … SELECT … FROM list WHERE <listWhere>`: the task goes into the list the
 * condition finds, in the same statement, or nowhere (undefined) when it finds none.
 */
export async function insertTaskInto(
  db: Database,
  userId: string,
  input: CreateTask,
  listWhere: SQL | undefined,
): Promise<TaskRow | undefined> {
  const values: Record<Column, SQL> = {
    id: sql`nextval(pg_get_serial_sequence('task', 'id'))`,
    userId: sql`${userId}::uuid`,
    listId: sql`${list.id}`,
    title: sql`${input.title}::text`,
    description: sql`${input.description ?? ""}::text`,
    completed: sql`${input.completed ?? false}::boolean`,
    priority: sql`${input.priority ?? "none"}::task_priority`,
    tags: sql`${sql.param(input.tags ?? [], task.tags)}::text[]`,
    dueDate: sql`${input.dueDate ?? null}::date`,
    createdAt: sql`now()`,
    updatedAt: sql`now()`,
  };
  // Drizzle's insert-select names every column, the identity id too, in the table's order: the select
  // gives them so, the id its next value, which PostgreSQL takes only with OVERRIDING SYSTEM VALUE.
  const columns = Object.keys(getTableColumns(task)) as Column[];
  const [row] = await db
    .insert(task)
    .select(
      sql`overriding system value select ${sql.join(
        columns.map((key) => values[key]),
        sql`, `,
      )} from ${list} where ${listWhere}`,
    )
    .returning();
  return row;
}

/** The user's Inbox, as a condition on `list`. */
export const inboxOf = (userId: string): SQL | undefined => and(eq(list.userId, userId), eq(list.isInbox, true));

/** That the list is the user's, as a condition a task write can add. */
export const listExists = (userId: string, listId: number): SQL =>
  sql`exists (select 1 from ${list} where ${and(eq(list.id, listId), eq(list.userId, userId))})`;
