import { type CreateList, LISTS_MAX, type UpdateList } from "@todo/contracts";
import { and, count, eq, max, not, or } from "drizzle-orm";
import { generateKeyBetween } from "fractional-indexing";
import type { Database } from "../client";
import { runTransaction } from "../client/run-transaction";
import { list, user } from "../schema";
import { ListConflictError, ListNotFoundError } from "./errors";
import {
  insertInbox,
  type ListWithCount,
  listWithCount,
  nextListUpdatedAt,
  ownedList,
  uniqueName,
} from "./list-columns";

/** The Inbox made with the account (Better Auth's user-create hook); nothing when the user has one. */
export function createInbox(db: Database, userId: string): Promise<void> {
  return insertInbox(db, userId);
}

/** A new list, last in the user's order; 409 past LISTS_MAX lists or on a name taken (ignoring case). */
export function createList(db: Database, userId: string, input: CreateList): Promise<ListWithCount> {
  return runTransaction(db, async (tx) => {
    // Creations of one user take turns, so that two at once can neither pass the limit nor share a position.
    // NO KEY UPDATE leaves the user's task inserts (their foreign key takes KEY SHARE) unblocked.
    await tx.select({ id: user.id }).from(user).where(eq(user.id, userId)).for("no key update");
    const [mine] = await tx
      .select({ lists: count(), last: max(list.position) })
      .from(list)
      .where(eq(list.userId, userId));
    if ((mine?.lists ?? 0) >= LISTS_MAX) throw new ListConflictError(`A user has at most ${LISTS_MAX} lists`);
    const [row] = await uniqueName(
      tx
        .insert(list)
        .values({
          userId,
          name: input.name,
          color: input.color ?? null,
          position: generateKeyBetween(mine?.last ?? null, null),
        })
        .returning(listWithCount),
    );
    if (!row) throw new Error("INSERT … RETURNING gave no row");
    return row;
  });
}

/** PATCH: the fields sent; the Inbox keeps its name (409). */
export async function updateList(db: Database, userId: string, id: number, input: UpdateList): Promise<ListWithCount> {
  const renamesInbox = input.name === undefined ? undefined : or(not(list.isInbox), eq(list.name, input.name));
  const [row] = await uniqueName(
    db
      .update(list)
      .set({
        name: input.name,
        color: input.color,
        updatedAt: nextListUpdatedAt,
      })
      .where(and(ownedList(userId, id), renamesInbox))
      .returning(listWithCount),
  );
  return row ?? explainListMiss(db, userId, id, "The Inbox cannot be renamed");
}

/** Deletes the list and, through the foreign key, its tasks; the Inbox stays (409). */
export async function deleteList(db: Database, userId: string, id: number): Promise<void> {
  const [row] = await db
    .delete(list)
    .where(and(ownedList(userId, id), not(list.isInbox)))
    .returning({ id: list.id });
  if (!row) await explainListMiss(db, userId, id, "The Inbox cannot be deleted");
}

/** After a write to a list matched no row: it is not the user's (404), or it is their Inbox (409). */
async function explainListMiss(db: Database, userId: string, id: number, inboxRule: string): Promise<never> {
  const [found] = await db.select({ id: list.id }).from(list).where(ownedList(userId, id));
  if (found) throw new ListConflictError(inboxRule);
  throw new ListNotFoundError();
}
