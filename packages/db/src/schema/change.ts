import { CHANGE_TYPES } from "@todo/contracts";
import { bigint, index, integer, pgEnum, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";

export const changeType = pgEnum("change_type", CHANGE_TYPES);

/**
 * Each user's change feed: its lock, which a writer takes with its first change and holds to its commit
 * (migration 0008), so that the user's changes commit in seq order; and the highest seq pruned.
 */
export const changeFeed = pgTable("change_feed", {
  userId: uuid()
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  prunedThrough: bigint({ mode: "number" }).notNull().default(0),
});

/**
 * The change log: one row per change to a user's tasks, lists or settings, appended by the tables'
 * triggers (migration 0008) in the writing transaction. It records what changed; the resource itself
 * is read when the change is (docs/decisions/022-change-feed.md).
 */
export const change = pgTable(
  "change",
  {
    // Through the feed, whose lock the writer already holds: no lock on the user's row per change.
    userId: uuid()
      .notNull()
      .references(() => changeFeed.userId, { onDelete: "cascade" }),
    seq: bigint({ mode: "number" }).notNull(),
    type: changeType().notNull(),
    // The task's or list's id; null for settings.
    entityId: integer(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.seq] }),
    // Pruning finds what is older than 30 days; a BRIN index stays tiny on a table appended in time order.
    index("change_created_idx").using("brin", t.createdAt),
  ],
);

/**
 * The live streams open on any instance, one row each, kept alive by their instance: at most 10 a
 * user, and the writers notify only users that have one.
 */
export const changeStream = pgTable(
  "change_stream",
  {
    id: uuid().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    expiresAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [index("change_stream_user_idx").on(t.userId, t.expiresAt)],
);

export type ChangeRow = typeof change.$inferSelect;
