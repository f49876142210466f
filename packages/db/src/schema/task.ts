import { TASK_PRIORITIES } from "@todo/contracts";
import { RECURRENCE_FROM } from "@todo/dates";
import { type SQL, sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  time,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { user } from "./auth";
import { list } from "./list";
import { textKey } from "./text-key";

// Declaration order is the sort order: none < low < medium < high.
export const taskPriority = pgEnum("task_priority", TASK_PRIORITIES);
export const recurrenceFrom = pgEnum("recurrence_from", RECURRENCE_FROM);

/**
 * The key `sort=due` orders by, never null: the due date at its time, a date-only task ("all day") just before its
 * day's first minute, an undated one at ±infinity (last in either order). Its indexes hold it as spelled here.
 */
export const dueSortKey = (dueDate: AnyPgColumn, dueTime: AnyPgColumn, undated: "infinity" | "-infinity") =>
  sql`coalesce(${dueDate} + ${dueTime}, ${dueDate} - interval '1 microsecond', ${sql.raw(`'${undated}'::timestamp`)})`;

export const task = pgTable(
  "task",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    listId: integer()
      .notNull()
      .references(() => list.id, { onDelete: "cascade" }),
    // A subtask's parent: a top-level task of the same user, in the same list (kept by the use cases).
    parentId: integer().references((): AnyPgColumn => task.id, { onDelete: "cascade" }),
    // A `fractional-indexing` key, collated "C" in the migration: the manual order, ties broken by id.
    position: text().notNull(),
    title: text().notNull(),
    description: text().notNull().default(""),
    completed: boolean().notNull().default(false),
    priority: taskPriority().notNull().default("none"),
    tags: text().array().notNull().default(sql`'{}'::text[]`),
    // Kept by PostgreSQL for the filters alone (migration 0013), so that a page walked in its list's order checks
    // each row against a stored value rather than computing it: the tags' keys (tag=; task_tag_keys, which
    // PostgreSQL cannot inline), and the keys of the texts q searches (the tags joined by spaces, task_tags_text),
    // each by textKey (migration 0014). Use cases never read them (TaskRow).
    tagKeys: text()
      .array()
      .generatedAlwaysAs((): SQL => sql`task_tag_keys(${task.tags})`),
    searchTitle: text().generatedAlwaysAs((): SQL => textKey(task.title)),
    searchDescription: text().generatedAlwaysAs((): SQL => textKey(task.description)),
    searchTags: text().generatedAlwaysAs((): SQL => textKey(sql`task_tags_text(${task.tags})`)),
    dueDate: date({ mode: "string" }),
    // A wall-clock time in the user's zone (user_settings.time_zone), to the minute.
    dueTime: time({ precision: 0 }),
    // The RRULE as formatRule writes it, and what its series counts from; both or neither.
    recurrenceRule: text(),
    recurrenceFrom: recurrenceFrom(),
    // The due date's number in its series, which COUNT bounds: 1 when a series starts (a new rule or due date).
    seriesOccurrence: integer().notNull().default(1),
    // Minutes before the due instant that a reminder fires, ascending, distinct (the `reminder` rows follow them: migration 0009).
    reminders: integer().array().notNull().default(sql`'{}'::integer[]`),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    // The key the task had before the last respacing of its scope gave it `position` (respaced, in
    // src/tasks/positions.ts, is its only writer): a `sort=manual` cursor read before that respacing carries this key,
    // and continues from the new one (list-tasks.ts, manualCursorKey). Null until a respacing; never answered by the API.
    positionBeforeRespacing: text(),
  },
  // One index per list order, each led by the owner and ended by id for keyset pagination.
  (t) => [
    index("task_user_created_idx").on(t.userId, t.createdAt, t.id),
    // A list's tasks, newest first (the default order); also what the list's openTasks counts read.
    index("task_user_list_created_idx").on(t.userId, t.listId, t.createdAt, t.id),
    // The foreign key's own: deleting a list (or a user, through their lists) finds its tasks without a scan.
    index("task_list_idx").on(t.listId),
    // The manual order of a list's top-level tasks (sort=manual&listId=), and its first key for a new task.
    index("task_user_list_position_idx").on(t.userId, t.listId, t.position, t.id).where(sql`${t.parentId} is null`),
    // A parent's subtasks in their order, their counts, and the foreign key's cascade; only subtasks are in it.
    index("task_parent_position_idx").on(t.parentId, t.position, t.id).where(sql`${t.parentId} is not null`),
    index("task_user_updated_idx").on(t.userId, t.updatedAt, t.id),
    // Undated tasks sort last in both orders as ±infinity: a key that is never null keeps the
    // keyset condition one row comparison, which an index scan can start from.
    index("task_user_due_asc_idx").on(t.userId, dueSortKey(t.dueDate, t.dueTime, "infinity"), t.id),
    index("task_user_due_desc_idx").on(t.userId, dueSortKey(t.dueDate, t.dueTime, "-infinity"), t.id),
    index("task_user_priority_idx").on(t.userId, t.priority, t.id),
    index("task_user_title_idx").on(t.userId, sql`lower(${t.title})`, t.id),
    // Search (LIKE '%q%' on the lowered texts) and the tag filter, per owner: GIN with pg_trgm and btree_gin (uuid keys).
    index("task_user_title_trgm_idx").using("gin", t.userId, t.searchTitle.op("gin_trgm_ops")),
    index("task_user_description_trgm_idx").using("gin", t.userId, t.searchDescription.op("gin_trgm_ops")),
    index("task_user_tags_trgm_idx").using("gin", t.userId, t.searchTags.op("gin_trgm_ops")),
    index("task_user_tag_keys_idx").using("gin", t.userId, t.tagKeys),
    check("task_due_time_needs_date", sql`${t.dueTime} is null or ${t.dueDate} is not null`),
    check("task_reminders_need_date", sql`cardinality(${t.reminders}) = 0 or ${t.dueDate} is not null`),
    check(
      "task_recurrence_needs_date",
      sql`(${t.recurrenceRule} is null) = (${t.recurrenceFrom} is null) and (${t.recurrenceRule} is null or ${t.dueDate} is not null)`,
    ),
  ],
);

/** The columns PostgreSQL keeps for the list filters alone. */
export type TaskFilterColumn = "tagKeys" | "searchTitle" | "searchDescription" | "searchTags";

/** The columns only the list's own statements read: the filters', and the key a cursor may carry from before a respacing. */
export type TaskInternalColumn = TaskFilterColumn | "positionBeforeRespacing";

/** A task as the use cases read it: without the filters' columns, nor the key it had before a respacing. */
export type TaskRow = Omit<typeof task.$inferSelect, TaskInternalColumn>;
