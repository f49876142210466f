import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";

/** One row per user: what their dates are judged in. Made with the account; a user without one has the defaults. */
export const userSettings = pgTable("user_settings", {
  userId: uuid()
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  // An IANA name, as canonicalTimeZone spells it.
  timeZone: text().notNull().default("UTC"),
  updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
});

export type UserSettingsRow = typeof userSettings.$inferSelect;
