import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { textKey } from "./text-key";

export const list = pgTable(
  "list",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    name: text().notNull(),
    color: text(),
    isInbox: boolean().notNull().default(false),
    // A `fractional-indexing` key, collated "C" in the migration: its keys order by bytes, not by locale.
    position: text().notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("list_user_name_idx").on(t.userId, textKey(t.name)),
    uniqueIndex("list_user_inbox_idx").on(t.userId).where(sql`${t.isInbox}`),
    index("list_user_position_idx").on(t.userId, t.position),
  ],
);

export type ListRow = typeof list.$inferSelect;
