import { sql } from "drizzle-orm";
import type { Database } from "../client";

/** How late a missed reminder may still go out (after an outage or a restart); older ones expire unsent. */
export const REMINDER_LATEST_HOURS = 24;

/** A due reminder one dispatcher holds, with what its message says. */
export interface ClaimedReminder {
  id: number;
  userId: string;
  taskId: number;
  /** The task's list, and whether it is the Inbox (the page that shows it). */
  listId: number;
  inInbox: boolean;
  title: string;
  dueDate: string;
  /** `HH:MM`, or null for a date-only task. */
  dueTime: string | null;
  attempts: number;
  /** The subscriptions an earlier attempt already reached. */
  deliveredTo: number[];
  /** How long after its time the reminder is being sent (0 when on time). */
  lateSeconds: number;
}

export interface ClaimOptions {
  /** Identifies this claim: only its holder settles what it claimed. */
  token: string;
  /** How long the claim holds before another dispatcher may take the reminder (its holder presumed dead). */
  leaseSeconds: number;
  limit: number;
}

/**
 * Claims up to `limit` due reminders for one dispatcher: the pending ones whose time has come and that no live
 * claim holds, soonest first. Rows another dispatcher is claiming at the same moment are skipped, not waited for
 * (FOR UPDATE SKIP LOCKED), and the lease written in the same statement keeps them from every later claim: each
 * reminder goes to one dispatcher. Those more than 24 hours late expire first, unsent.
 */
export async function claimDueReminders(db: Database, { token, leaseSeconds, limit }: ClaimOptions) {
  await db.execute(sql`
    update "reminder" set "state" = 'expired', "lease_until" = null, "lease_token" = null
    where "state" = 'pending' and "next_attempt_at" <= now()
      and "fire_at" < now() - make_interval(hours => ${REMINDER_LATEST_HOURS})`);
  const result = (await db.execute(sql`
    with due as (
      select "id" from "reminder"
      where "state" = 'pending' and "next_attempt_at" <= now() and ("lease_until" is null or "lease_until" < now())
      order by "next_attempt_at"
      limit ${limit}
      for update skip locked
    ), claimed as (
      update "reminder" r
      set "lease_until" = now() + make_interval(secs => ${leaseSeconds}), "lease_token" = ${token}::uuid,
        "attempts" = r."attempts" + 1
      from due where r."id" = due."id"
      returning r."id", r."user_id", r."task_id", r."due_date", r."attempts", r."delivered_to", r."fire_at"
    )
    select claimed."id", claimed."user_id" as "userId", claimed."task_id" as "taskId", t."list_id" as "listId",
      l."is_inbox" as "inInbox", t."title",
      claimed."due_date"::text as "dueDate", to_char(t."due_time", 'HH24:MI') as "dueTime",
      claimed."attempts", claimed."delivered_to" as "deliveredTo",
      greatest(0, extract(epoch from now() - claimed."fire_at")) as "lateSeconds"
    from claimed join "task" t on t."id" = claimed."task_id" join "list" l on l."id" = t."list_id"`)) as unknown as {
    rows: ClaimedReminder[];
  };
  return result.rows.map((row) => ({
    ...row,
    id: Number(row.id),
    taskId: Number(row.taskId),
    listId: Number(row.listId),
    attempts: Number(row.attempts),
    lateSeconds: Number(row.lateSeconds),
    deliveredTo: parseIntArray(row.deliveredTo),
  }));
}

/** How many reminders are due and not yet sent (the dispatchers' backlog), by the pending-reminder index. */
export async function countDueReminders(db: Database): Promise<number> {
  const result = (await db.execute(sql`
    select count(*)::int as "due" from "reminder" where "state" = 'pending' and "next_attempt_at" <= now()`)) as unknown as {
    rows: { due: number }[];
  };
  return Number(result.rows[0]?.due ?? 0);
}

/** An integer[] as the drivers give it from a raw query: an array, or PostgreSQL's `{1,2}` text. */
function parseIntArray(value: unknown): number[] {
  if (Array.isArray(value)) return value.map(Number);
  if (typeof value === "string") return value.replace(/[{}]/g, "").split(",").filter(Boolean).map(Number);
  return [];
}
