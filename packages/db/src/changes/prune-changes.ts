import { sql } from "drizzle-orm";
import type { Database } from "../client";
import { changeStream } from "../schema";

/** What the log keeps: at least this many days of changes (design.md § Changes and live updates). */
export const CHANGES_KEPT_DAYS = 30;
const BATCH = 5_000;

/**
 * Deletes changes older than `keepDays`, a batch per statement, each raising its users' `pruned_through` to
 * the highest seq it deleted, so that a `since` below it is answered 410 (nothing after it is silently
 * missing); then registrations of streams whose instance stopped renewing them an hour ago. Safe to run on
 * many instances at once: a batch another one deleted first is simply gone. Returns how many changes went.
 */
export async function pruneChanges(db: Database, { keepDays = CHANGES_KEPT_DAYS } = {}): Promise<number> {
  let total = 0;
  for (;;) {
    const result = (await db.execute(sql`
      with deleted as (
        delete from "change" where ("user_id", "seq") in (
          select "user_id", "seq" from "change" where "created_at" < now() - make_interval(days => ${keepDays}) limit ${BATCH}
        ) returning "user_id", "seq"
      ), marks as (
        select "user_id", max("seq") as "seq", count(*)::int as "deleted" from deleted group by "user_id"
      )
      update "change_feed" set "pruned_through" = greatest("change_feed"."pruned_through", marks."seq")
      from marks where "change_feed"."user_id" = marks."user_id"
      returning marks."deleted"`)) as unknown as { rows: { deleted: number }[] };
    const deleted = result.rows.reduce((sum, row) => sum + Number(row.deleted), 0);
    total += deleted;
    if (deleted < BATCH) break;
  }
  await db.delete(changeStream).where(sql`${changeStream.expiresAt} < now() - interval '1 hour'`);
  return total;
}
