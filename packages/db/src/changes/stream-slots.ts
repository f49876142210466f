import { and, count, eq, inArray, lte, sql } from "drizzle-orm";
import type { Database } from "../client";
import { runTransaction } from "../client/run-transaction";
import { changeFeed, changeStream } from "../schema";
import { TooManyStreamsError } from "./errors";
import { logPosition } from "./list-changes";
import type { LogPosition } from "./log-position";

/** A live stream's registration, kept alive by its instance until it closes. */
export interface StreamSlot {
  id: string;
  userId: string;
}

/**
 * Registers a live stream of the user's changes, unless `max` are open across every instance
 * (TooManyStreamsError), and answers where the log stands. Under the user's feed lock, which a writer
 * holds while it commits (migration 0008): a writer that commits after this sees the stream and notifies,
 * one that committed before is in the log the stream replays from. Expired registrations (of an instance
 * that died) are cleared first. Each lasts `ttlSeconds` unless renewed.
 */
export function openStreamSlot(
  db: Database,
  slot: StreamSlot,
  { max, ttlSeconds }: { max: number; ttlSeconds: number },
): Promise<LogPosition> {
  return runTransaction(db, async (tx) => {
    await tx.insert(changeFeed).values({ userId: slot.userId }).onConflictDoNothing();
    await tx
      .select({ userId: changeFeed.userId })
      .from(changeFeed)
      .where(eq(changeFeed.userId, slot.userId))
      .for("update");
    // A statement of its own: one that waited for the lock would read the log as it stood before the wait.
    const position = await logPosition(tx, slot.userId);
    const mine = eq(changeStream.userId, slot.userId);
    await tx.delete(changeStream).where(and(mine, lte(changeStream.expiresAt, sql`now()`)));
    const [open] = await tx.select({ streams: count() }).from(changeStream).where(mine);
    if ((open?.streams ?? 0) >= max) throw new TooManyStreamsError(max);
    await tx.insert(changeStream).values({ ...slot, expiresAt: expiry(ttlSeconds) });
    return position;
  });
}

const expiry = (ttlSeconds: number) => sql`now() + make_interval(secs => ${ttlSeconds})`;

/** Extends the streams' registrations, making them again where an expiry took them: one statement. */
export async function renewStreamSlots(db: Database, slots: StreamSlot[], ttlSeconds: number): Promise<void> {
  if (slots.length === 0) return;
  await db
    .insert(changeStream)
    .values(slots.map((slot) => ({ ...slot, expiresAt: expiry(ttlSeconds) })))
    .onConflictDoUpdate({ target: changeStream.id, set: { expiresAt: sql`excluded.expires_at` } });
}

export async function closeStreamSlots(db: Database, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.delete(changeStream).where(inArray(changeStream.id, ids));
}
