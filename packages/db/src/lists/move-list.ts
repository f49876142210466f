import type { MoveList } from "@todo/contracts";
import { and, eq, max, min, ne, not, sql } from "drizzle-orm";
import { generateKeyBetween } from "fractional-indexing";
import type { Database } from "../client";
import { runTransaction, type Transaction } from "../client/run-transaction";
import { FieldRuleError } from "../field-rule-error";
import { POSITION_KEY_MAX, spacedOut } from "../position-keys";
import { list, user } from "../schema";
import { ListConflictError, ListNotFoundError } from "./errors";
import { type ListWithCount, listWithCount, nextListUpdatedAt, ownedList } from "./list-columns";

async function ownedRow(tx: Transaction, userId: string, id: number) {
  const [row] = await tx
    .select({ isInbox: list.isInbox, position: list.position })
    .from(list)
    .where(ownedList(userId, id));
  if (!row) throw new ListNotFoundError();
  return row;
}

/** The nearest key of the user's other lists (not the Inbox, not `id`) on one side of `anchor`, or at the end. */
async function neighbourKey(
  tx: Transaction,
  userId: string,
  id: number,
  anchor: string | null,
  side: "before" | "after",
): Promise<string | null> {
  const after = side === "after";
  const beyond =
    anchor === null ? undefined : after ? sql`${list.position} > ${anchor}` : sql`${list.position} < ${anchor}`;
  const [found] = await tx
    .select({ key: after ? min(list.position) : max(list.position) })
    .from(list)
    .where(and(eq(list.userId, userId), not(list.isInbox), ne(list.id, id), beyond));
  return found?.key ?? null;
}

/**
 * Gives the user's lists (but the Inbox and `id`) short keys again, evenly spaced after the Inbox's and in the same
 * order, leaving a slot right after the key `lower` (null: first), whose key it returns; under the user's lock, as
 * every list placement is. The lists whose key changed get a new version, as tasks do (src/tasks/positions.ts,
 * respaced).
 */
async function respacedLists(tx: Transaction, userId: string, lower: string | null, id: number): Promise<string> {
  const [inbox] = await tx
    .select({ position: list.position })
    .from(list)
    .where(and(eq(list.userId, userId), list.isInbox));
  const rows = await tx
    .select({ id: list.id, position: list.position })
    .from(list)
    .where(and(eq(list.userId, userId), not(list.isInbox), ne(list.id, id)))
    .orderBy(list.position, list.id);
  const { moved, slot } = spacedOut(rows, lower, inbox?.position ?? null);
  await tx.execute(sql`
    update ${list} set position = moved.position, updated_at = ${nextListUpdatedAt}
    from jsonb_to_recordset(${JSON.stringify(moved)}::jsonb) as moved(id integer, position text)
    where ${list.id} = moved.id`);
  return slot;
}

/**
 * Places the list just before or after another of the user's (after the Inbox: first); the Inbox stays first
 * (409 to move it, 422 to go before it). The user's row is locked, as list creation locks it, so that two
 * writers never pick one key; only the moved list's row is written.
 */
export function moveList(db: Database, userId: string, id: number, input: MoveList): Promise<ListWithCount> {
  const side = input.before !== undefined ? "before" : "after";
  const anchorId = input.before ?? input.after;
  return runTransaction(db, async (tx) => {
    await tx.select({ id: user.id }).from(user).where(eq(user.id, userId)).for("no key update");
    const moved = await ownedRow(tx, userId, id);
    if (moved.isInbox) throw new ListConflictError("The Inbox cannot be moved: it is always first");
    if (anchorId === undefined) throw new FieldRuleError("", "Send before or after");
    if (anchorId === id) throw new FieldRuleError(side, "A list cannot be placed next to itself");
    const anchor = await ownedRow(tx, userId, anchorId);
    if (anchor.isInbox && side === "before") throw new FieldRuleError(side, "No list goes before the Inbox");
    // After the Inbox is before every other list.
    const key = anchor.isInbox ? null : anchor.position;
    const other = await neighbourKey(tx, userId, id, key, side);
    const lower = side === "after" ? key : other;
    const between = side === "after" ? generateKeyBetween(key, other) : generateKeyBetween(other, key);
    // A key grown past the longest kept (one gap used again and again) spaces the lists out again.
    const position = between.length <= POSITION_KEY_MAX ? between : await respacedLists(tx, userId, lower, id);
    const [row] = await tx
      .update(list)
      .set({
        position,
        updatedAt: nextListUpdatedAt,
      })
      .where(eq(list.id, id))
      .returning(listWithCount);
    if (!row) throw new Error("UPDATE of a locked list gave no row");
    return row;
  });
}
