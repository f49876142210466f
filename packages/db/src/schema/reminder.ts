import { sql } from "drizzle-orm";
import { bigint, date, index, integer, pgEnum, pgTable, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { task } from "./task";

export const REMINDER_STATES = ["pending", "sent", "failed", "expired"] as const;
export const reminderState = pgEnum("reminder_state", REMINDER_STATES);

/**
 * One reminder of one occurrence of a task, at its instant. Written only by the task's and the settings' triggers
 * (migration 0009), which replace a task's pending ones whenever its due date, time, reminders or completion (or
 * its owner's time zone) change; the dispatchers claim the due ones (docs/decisions/023-reminders.md).
 */
export const reminder = pgTable(
  "reminder",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    taskId: integer()
      .notNull()
      .references(() => task.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    minutesBefore: integer().notNull(),
    // The occurrence it belongs to, and the instant it fires: that due date at its time (09:00 without one), in
    // the user's zone, less minutesBefore.
    dueDate: date({ mode: "string" }).notNull(),
    fireAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
    state: reminderState().notNull().default("pending"),
    attempts: integer().notNull().default(0),
    // When a dispatcher may claim it next: fireAt, then later after each failed attempt (backoff).
    nextAttemptAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
    // The claim: until when the dispatcher that holds it (leaseToken) is sending it.
    leaseUntil: timestamp({ withTimezone: true, precision: 3 }),
    leaseToken: uuid(),
    // The subscriptions it already reached, which a retry skips.
    deliveredTo: integer().array().notNull().default(sql`'{}'::integer[]`),
    sentAt: timestamp({ withTimezone: true, precision: 3 }),
  },
  (t) => [
    // An occurrence's reminder at an instant exists once: rescheduling to an instant already sent sends nothing.
    unique("reminder_occurrence_unique").on(t.taskId, t.minutesBefore, t.fireAt),
    // What the dispatchers look for: the pending ones, soonest first.
    index("reminder_pending_idx").on(t.nextAttemptAt).where(sql`${t.state} = 'pending'`),
    index("reminder_user_idx").on(t.userId),
  ],
);

export type ReminderRow = typeof reminder.$inferSelect;
