import { sql } from "drizzle-orm";
import { ChangesGoneError } from "./errors";

/** Where a user's log stands: the last seq given out, and the highest seq pruned. */
export interface LogPosition {
  head: number;
  prunedThrough: number;
}

/** Whether the log holds every change after `since`: it must be neither pruned past nor beyond the head. */
export function checkSince(since: number, { head, prunedThrough }: LogPosition): void {
  if (since < prunedThrough || since > head) throw new ChangesGoneError(since, head);
}

/**
 * The last seq given out, in a statement over `change_feed`: the highest change kept, or the highest pruned
 * when none is (a prune may have taken the top one). Read by an index's last entry. Spelled out: Drizzle
 * leaves columns unqualified in a one-table select, which would not correlate.
 */
export const logHead =
  sql<number>`greatest((select max("seq") from "change" where "change"."user_id" = "change_feed"."user_id"), "change_feed"."pruned_through")`.mapWith(
    Number,
  );
