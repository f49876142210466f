import type { ListTasksQuery, SortOrder, TaskSort } from "@todo/contracts";
import { defaultOrder, LIST_LIMIT_DEFAULT, tagSearchText } from "@todo/contracts";
import { and, count, eq, isNull, type Placeholder, type SQL, sql } from "drizzle-orm";
import type { Database } from "../client";
import { ListNotFoundError } from "../lists/errors";
import { ownedList } from "../lists/list-columns";
import { dueSortKey, list, task } from "../schema";
import { textKey } from "../schema/text-key";
import { type Cursor, decodeCursor, encodeCursor } from "./cursor";
import { TaskNotFoundError } from "./errors";
import { type TaskWithSubtasks, taskWithSubtasks } from "./task-columns";

export interface TaskPage {
  rows: TaskWithSubtasks[];
  /** The cursor of the next page, or null on the last one. */
  nextCursor: string | null;
  /** How many tasks match the filters, across all pages; null when the caller did not ask. */
  total: number | null;
}

export interface ListOptions {
  /** Count every match for `total` (a second query, in parallel with the page's): false by default. */
  count?: boolean;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * A request's values, each bound to a named placeholder of the statement: the statement depends only on which
 * were bound (and the sort), so that one built for a shape serves every request of that shape.
 */
class Binding {
  readonly values: Record<string, unknown> = {};
  /** What decides the statement's text: the names bound and the choices that bind nothing. */
  readonly shape: string[] = [];

  bind(name: string, value: unknown): Placeholder {
    this.values[name] = value;
    this.shape.push(name);
    return sql.placeholder(name);
  }

  /** A value bound already, used once more in the statement. */
  again(name: string): Placeholder {
    if (!(name in this.values)) throw new Error(`No value is bound to ${name}`);
    return sql.placeholder(name);
  }
}

/**
 * `q` in the title, the description or a tag, ignoring case and how accents were typed (textKey); each on its trigram
 * index. The stored texts are keyed already, the pattern once (a constant when planned).
 */
function searchText(q: string, binding: Binding): SQL {
  const pattern = (name: string, text: string) => textKey(sql`${binding.bind(name, `%${escapeLike(text)}%`)}::text`);
  const text = pattern("q", q);
  const matches = [sql`${task.searchTitle} LIKE ${text}`, sql`${task.searchDescription} LIKE ${text}`];
  // Tags joined by spaces, as task_user_tags_trgm_idx holds them: a text without whitespace matches within one tag.
  const tagText = tagSearchText(q);
  if (tagText !== null) matches.push(sql`${task.searchTags} LIKE ${pattern("qTags", tagText)}`);
  return sql`(${sql.join(matches, sql` OR `)})`;
}

function filters(userId: string, query: ListTasksQuery, binding: Binding): SQL[] {
  const where: SQL[] = [eq(task.userId, binding.bind("userId", userId))];
  if (query.listId !== undefined) where.push(eq(task.listId, binding.bind("listId", query.listId)));
  const parentId = query.parentId ?? "none";
  binding.shape.push(`parent:${typeof parentId === "number" ? "id" : parentId}`);
  if (parentId === "none") where.push(isNull(task.parentId));
  else if (parentId !== "any") where.push(eq(task.parentId, binding.bind("parentId", parentId)));
  if (query.status === "pending" || query.status === "completed") {
    where.push(eq(task.completed, binding.bind("completed", query.status === "completed")));
  }
  if (query.q) where.push(searchText(query.q, binding));
  if (query.priority) where.push(eq(task.priority, binding.bind("priority", query.priority)));
  // As task_user_tag_keys_idx holds the tags: keyed by the database (textKey), both sides alike.
  if (query.tag) where.push(sql`${task.tagKeys} @> ARRAY[${textKey(sql`${binding.bind("tag", query.tag)}::text`)}]`);
  if (query.dueBefore) where.push(sql`${task.dueDate} < ${binding.bind("dueBefore", query.dueBefore)}`);
  if (query.dueAfter) where.push(sql`${task.dueDate} > ${binding.bind("dueAfter", query.dueAfter)}`);
  return where;
}

/** The expression a list is sorted by, never null; `id` breaks ties in the same direction. */
function sortKey(sort: TaskSort, order: SortOrder): SQL {
  switch (sort) {
    case "created":
      return sql`${task.createdAt}`;
    case "updated":
      return sql`${task.updatedAt}`;
    case "due":
      // By date then time, all-day tasks first in their day, undated ones last in either order, as the indexes
      // task_user_due_{asc,desc}_idx hold them.
      return dueSortKey(task.dueDate, task.dueTime, order === "asc" ? "infinity" : "-infinity");
    case "priority":
      return sql`${task.priority}`;
    case "title":
      return sql`lower(${task.title})`;
    case "manual":
      return sql`${task.position}`;
  }
}

function castKey(sort: TaskSort, key: Placeholder): SQL {
  switch (sort) {
    case "created":
    case "updated":
      return sql`${key}::timestamptz`;
    case "due":
      return sql`${key}::timestamp`;
    case "priority":
      return sql`${key}::task_priority`;
    case "title":
      return sql`${key}::text`;
    case "manual":
      return sql`${key}::text collate "C"`;
  }
}

/** The key a cursor carries, as PostgreSQL prints it; an undated task's is null. */
function cursorKey(sort: TaskSort, order: SortOrder): SQL {
  return sort === "due"
    ? sql`coalesce(${task.dueDate} + ${task.dueTime}, ${task.dueDate} - interval '1 microsecond')`
    : sortKey(sort, order);
}

/**
 * The key a `sort=manual` page continues from: the cursor task's current key if a respacing of its scope re-keyed it
 * since the cursor was read (its key before that is the cursor's: positions.ts, respaced), the cursor's own key
 * otherwise. A respacing keeps the order, so the task's new key continues exactly where the old one stood among the
 * old keys, which the new ones no longer order around. Uncorrelated, so PostgreSQL runs it once, before the scan
 * (an InitPlan), and the index scan still starts at the cursor. Spelled out: Drizzle leaves the outer statement's
 * columns unqualified.
 */
function manualCursorKey(key: Placeholder, id: Placeholder, binding: Binding): SQL {
  const rekeyed = sql`(select "cursor"."position" from "task" "cursor" where "cursor"."id" = ${id} and "cursor"."user_id" = ${binding.again("userId")} and "cursor"."position_before_respacing" = ${key}::text)`;
  return sql`coalesce(${rekeyed}, ${castKey("manual", key)})`;
}

/** Rows strictly after the cursor in (key, id) order: one row comparison, where an index scan starts. */
function afterCursor({ sort, order, key, id }: Cursor, binding: Binding): SQL {
  const cmp = sql.raw(order === "asc" ? ">" : "<");
  // An undated task (null key) sorts as ±infinity.
  const value = binding.bind("cursorKey", key ?? (order === "asc" ? "infinity" : "-infinity"));
  const cursorId = binding.bind("cursorId", id);
  const from = sort === "manual" ? manualCursorKey(value, cursorId, binding) : castKey(sort, value);
  return sql`(${sortKey(sort, order)}, ${task.id}) ${cmp} (${from}, ${cursorId})`;
}

function orderBy(sort: TaskSort, order: SortOrder): SQL {
  const direction = sql.raw(order === "asc" ? "ASC" : "DESC");
  // The default null placement: on a never-null key, DESC NULLS LAST would forbid reading the
  // ascending index backwards, and sort every matching row instead.
  return sql`${sortKey(sort, order)} ${direction}, ${task.id} ${direction}`;
}

/** An empty page may be of a list or a parent that is not the user's: told apart only then, so a page stays one statement. */
async function explainEmptyPage(db: Database, userId: string, { listId, parentId }: ListTasksQuery): Promise<void> {
  if (listId !== undefined) {
    const [found] = await db.select({ id: list.id }).from(list).where(ownedList(userId, listId));
    if (!found) throw new ListNotFoundError();
  }
  if (typeof parentId === "number") {
    const [found] = await db
      .select({ id: task.id })
      .from(task)
      .where(and(eq(task.id, parentId), eq(task.userId, userId)));
    if (!found) throw new TaskNotFoundError("parent");
  }
}

/** The task apart from its key: the page hands the task on as Drizzle built it, without copying each row. */
type PageRow = { task: TaskWithSubtasks; sortKey: string | null };
interface Statements {
  page: { execute(values: Record<string, unknown>): Promise<PageRow[]> };
  count: { execute(values: Record<string, unknown>): Promise<{ total: number }[]> } | null;
}

/** The statements built so far, by database and shape: Drizzle builds a shape's SQL once, not on every request. */
const prepared = new WeakMap<Database, Map<string, Statements>>();
/** Shapes kept per database, the oldest let go past it: a client trying every combination of filters cannot grow it. */
const MAX_SHAPES = 100;

/**
 * One page of a user's tasks (of one list, with `listId`: ListNotFoundError unless the user's; top-level ones unless
 * `parentId` says otherwise), filtered and sorted, with keyset pagination, each with its subtasks counted, and how many match.
 */
export async function listTasks(
  db: Database,
  userId: string,
  query: ListTasksQuery,
  { count: withCount = false }: ListOptions = {},
): Promise<TaskPage> {
  const sort = query.sort ?? "created";
  const order = query.order ?? defaultOrder(sort);
  const limit = query.limit ?? LIST_LIMIT_DEFAULT;
  const binding = new Binding();
  const where = filters(userId, query, binding);
  const after = query.cursor ? afterCursor(decodeCursor(query.cursor, sort, order), binding) : null;
  binding.bind("limit", limit + 1);
  const shape = `${sort} ${order} ${withCount ? "count" : ""} ${binding.shape.join(" ")}`;

  let shapes = prepared.get(db);
  if (!shapes) {
    shapes = new Map();
    prepared.set(db, shapes);
  }
  let statements = shapes.get(shape);
  if (!statements) {
    // Unnamed: each run still parses on the server, as before, so a pooler in transaction mode is no concern.
    statements = {
      page: db
        .select({ task: taskWithSubtasks, sortKey: sql<string | null>`(${cursorKey(sort, order)})::text` })
        .from(task)
        .where(and(...where, ...(after ? [after] : [])))
        .orderBy(orderBy(sort, order))
        .limit(sql.placeholder("limit"))
        .prepare(""),
      count: withCount
        ? db
            .select({ total: count() })
            .from(task)
            .where(and(...where))
            .prepare("")
        : null,
    };
    if (shapes.size >= MAX_SHAPES) shapes.delete(shapes.keys().next().value as string);
    shapes.set(shape, statements);
  }
  const [rows, total] = await Promise.all([
    statements.page.execute(binding.values),
    statements.count?.execute(binding.values).then(([row]) => row?.total ?? 0) ?? null,
  ]);
  if (rows.length === 0) await explainEmptyPage(db, userId, query);
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const last = page.at(-1);
  return {
    rows: page.map((row) => row.task),
    // The key as PostgreSQL printed it, so that it compares back exactly (collation, time zone).
    nextCursor: more && last ? encodeCursor({ sort, order, key: last.sortKey, id: last.task.id }) : null,
    total,
  };
}
