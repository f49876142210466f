import type { ListTasksQuery, SortOrder, TaskSort } from "@todo/contracts";
import { LIST_LIMIT_DEFAULT } from "@todo/contracts";
import { and, count, eq, getTableColumns, type SQL, sql } from "drizzle-orm";
import type { Database } from "../client";
import { type TaskRow, task } from "../schema";
import { type Cursor, decodeCursor, encodeCursor } from "./cursor";

export interface TaskPage {
  rows: TaskRow[];
  /** The cursor of the next page, or null on the last one. */
  nextCursor: string | null;
  /** How many tasks match the filters, across all pages. */
  total: number;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function filters(userId: string, query: ListTasksQuery): SQL[] {
  const where: SQL[] = [eq(task.userId, userId)];
  if (query.status === "pending") where.push(eq(task.completed, false));
  if (query.status === "completed") where.push(eq(task.completed, true));
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    where.push(sql`(${task.title} ILIKE ${pattern} OR ${task.description} ILIKE ${pattern})`);
  }
  if (query.priority) where.push(eq(task.priority, query.priority));
  if (query.tag) where.push(sql`${task.tags} @> ARRAY[${query.tag}]::text[]`);
  if (query.dueBefore) where.push(sql`${task.dueDate} < ${query.dueBefore}`);
  if (query.dueAfter) where.push(sql`${task.dueDate} > ${query.dueAfter}`);
  return where;
}

/** The expression a list is sorted by; `id` breaks ties in the same direction. */
function sortKey(sort: TaskSort): SQL {
  switch (sort) {
    case "created":
      return sql`${task.createdAt}`;
    case "updated":
      return sql`${task.updatedAt}`;
    case "due":
      return sql`${task.dueDate}`;
    case "priority":
      return sql`${task.priority}`;
    case "title":
      return sql`lower(${task.title})`;
  }
}

function castKey(sort: TaskSort, key: string): SQL {
  switch (sort) {
    case "created":
    case "updated":
      return sql`${key}::timestamptz`;
    case "due":
      return sql`${key}::date`;
    case "priority":
      return sql`${key}::task_priority`;
    case "title":
      return sql`${key}::text`;
  }
}

/** Rows strictly after the cursor in (key, id) order; undated tasks come last in either order. */
function afterCursor(cursor: Cursor): SQL {
  const key = sortKey(cursor.sort);
  const cmp = cursor.order === "asc" ? sql.raw(">") : sql.raw("<");
  if (cursor.sort !== "due") {
    return sql`(${key}, ${task.id}) ${cmp} (${castKey(cursor.sort, cursor.key as string)}, ${cursor.id})`;
  }
  if (cursor.key === null) return sql`(${task.dueDate} IS NULL AND ${task.id} ${cmp} ${cursor.id})`;
  const due = castKey("due", cursor.key);
  return sql`(${task.dueDate} ${cmp} ${due} OR (${task.dueDate} = ${due} AND ${task.id} ${cmp} ${cursor.id}) OR ${task.dueDate} IS NULL)`;
}

function orderBy(sort: TaskSort, order: SortOrder): SQL {
  const direction = sql.raw(order === "asc" ? "ASC" : "DESC");
  // Matches the indexes' NULLS LAST so that every order is an index scan.
  return sql`${sortKey(sort)} ${direction} NULLS LAST, ${task.id} ${direction} NULLS LAST`;
}

/** One page of a user's tasks, filtered and sorted, with keyset pagination. */
export async function listTasks(db: Database, userId: string, query: ListTasksQuery): Promise<TaskPage> {
  const sort = query.sort ?? "created";
  const order = query.order ?? "desc";
  const limit = query.limit ?? LIST_LIMIT_DEFAULT;
  const where = filters(userId, query);
  const pageWhere = query.cursor ? [...where, afterCursor(decodeCursor(query.cursor, sort, order))] : where;

  const [rows, [counted]] = await Promise.all([
    db
      .select({ ...getTableColumns(task), sortKey: sql<string | null>`(${sortKey(sort)})::text` })
      .from(task)
      .where(and(...pageWhere))
      .orderBy(orderBy(sort, order))
      .limit(limit + 1),
    db
      .select({ total: count() })
      .from(task)
      .where(and(...where)),
  ]);
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const last = page.at(-1);
  return {
    rows: page.map(({ sortKey: _, ...row }) => row),
    // The key as PostgreSQL printed it, so that it compares back exactly (collation, time zone).
    nextCursor: more && last ? encodeCursor({ sort, order, key: last.sortKey, id: last.id }) : null,
    total: counted?.total ?? 0,
  };
}
