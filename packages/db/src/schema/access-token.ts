import { index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";

export const accessTokenScope = pgEnum("access_token_scope", ["read", "read-write"]);

/**
 * Personal access tokens for programs: only the SHA-256 of the secret is kept (the secret is
 * shown once), with the first characters of it, so that the owner can tell tokens apart.
 */
export const accessToken = pgTable(
  "access_token",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    name: text().notNull(),
    scope: accessTokenScope().notNull(),
    secretHash: text().notNull().unique(),
    prefix: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }),
    lastUsedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("access_token_user_idx").on(t.userId, t.createdAt)],
);

export type AccessTokenRow = typeof accessToken.$inferSelect;
