import { sql } from "drizzle-orm";
import type { Database } from "../client";

/** What became of one claimed reminder. */
export type ReminderOutcome =
  | { id: number; state: "sent" }
  | { id: number; state: "failed" }
  /** Some subscription's push service failed for now: try again in `retryInSeconds`, skipping those reached. */
  | { id: number; state: "retry"; retryInSeconds: number; deliveredTo: number[] };

/**
 * Records what became of a claimed reminder, only while the claim (`token`) is still the one on it: a reminder
 * rescheduled meanwhile (its row replaced) or claimed by another dispatcher is left alone. Returns whether it
 * was recorded.
 */
export async function settleReminder(db: Database, token: string, outcome: ReminderOutcome): Promise<boolean> {
  const set =
    outcome.state === "retry"
      ? sql`"next_attempt_at" = now() + make_interval(secs => ${outcome.retryInSeconds}),
          "delivered_to" = ${`{${outcome.deliveredTo.join(",")}}`}::integer[]`
      : sql`"state" = ${outcome.state}::reminder_state, "sent_at" = case when ${outcome.state} = 'sent' then now() end`;
  const result = (await db.execute(sql`
    update "reminder" set ${set}, "lease_until" = null, "lease_token" = null
    where "id" = ${outcome.id} and "lease_token" = ${token}::uuid and "state" = 'pending'
    returning "id"`)) as unknown as { rows: unknown[] };
  return result.rows.length > 0;
}
