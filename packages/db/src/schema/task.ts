import { TASK_PRIORITIES } from "@todo/contracts";
import { sql } from "drizzle-orm";
import { boolean, date, index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { list } from "./list";

// Declaration order is the sort order: none < low < medium < high.
export const taskPriority = pgEnum("task_priority", TASK_PRIORITIES);

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
    title: text().notNull(),
    description: text().notNull().default(""),
    completed: boolean().notNull().default(false),
    priority: taskPriority().notNull().default("none"),
    tags: text().array().notNull().default(sql`'{}'::text[]`),
    dueDate: date({ mode: "string" }),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  // One index per list order, each led by the owner and ended by id for keyset pagination.
  (t) => [
    index("task_user_created_idx").on(t.userId, t.createdAt, t.id),
    // A list's tasks, newest first (the default order); also what the list's openTasks counts read.
    index("task_user_list_created_idx").on(t.userId, t.listId, t.createdAt, t.id),
    // The foreign key's own: deleting a list (or a user, through their lists) finds its tasks without a scan.
    index("task_list_idx").on(t.listId),
    index("task_user_updated_idx").on(t.userId, t.updatedAt, t.id),
    // Undated tasks sort last in both orders as ±infinity: a key that is never null keeps the
    // keyset condition one row comparison, which an index scan can start from.
    index("task_user_due_asc_idx").on(t.userId, sql`coalesce(${t.dueDate}, 'infinity'::date)`, t.id),
    index("task_user_due_desc_idx").on(t.userId, sql`coalesce(${t.dueDate}, '-infinity'::date)`, t.id),
    index("task_user_priority_idx").on(t.userId, t.priority, t.id),
    index("task_user_title_idx").on(t.userId, sql`lower(${t.title})`, t.id),
    // Search (ILIKE '%q%') and the tag filter, per owner: GIN with pg_trgm and btree_gin (uuid keys).
    index("task_user_title_trgm_idx").using("gin", t.userId, t.title.op("gin_trgm_ops")),
    index("task_user_description_trgm_idx").using("gin", t.userId, t.description.op("gin_trgm_ops")),
    // Over functions migration 0005 defines: the tags lowered (tag=, ignoring case), and joined by spaces (q).
    index("task_user_tag_keys_idx").using("gin", t.userId, sql`task_tag_keys(${t.tags})`),
    index("task_user_tags_trgm_idx").using("gin", t.userId, sql`task_tags_text(${t.tags}) gin_trgm_ops`),
  ],
);

export type TaskRow = typeof task.$inferSelect;
