import { integer, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";

/** Requests each user made to the tasks API per one-minute window, shared by every app instance. */
export const apiRateLimit = pgTable(
  "api_rate_limit",
  {
    userId: uuid()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    windowStart: timestamp({ withTimezone: true }).notNull(),
    hits: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.windowStart] })],
);
