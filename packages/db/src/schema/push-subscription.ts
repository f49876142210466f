import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";

/** A browser's Web Push subscription (RFC 8030): one per device and user; its endpoint names the device. */
export const pushSubscription = pgTable(
  "push_subscription",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    // Unique: a device subscribed again (or by another user signing in on it) replaces its row.
    endpoint: text().notNull().unique(),
    // The browser's P-256 public key and auth secret (RFC 8291), base64url, as PushSubscription.toJSON() gives them.
    p256dh: text().notNull(),
    auth: text().notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index("push_subscription_user_idx").on(t.userId)],
);

export type PushSubscriptionRow = typeof pushSubscription.$inferSelect;
