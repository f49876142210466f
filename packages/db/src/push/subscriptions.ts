import { and, asc, eq, inArray } from "drizzle-orm";
import type { Database } from "../client";
import { type PushSubscriptionRow, pushSubscription } from "../schema";

export interface NewPushSubscription {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/**
 * Adds the device's subscription, or renews it: an endpoint names one device, so one already known (subscribed
 * again, or by another user who signed in on it) becomes this user's with these keys.
 */
export async function savePushSubscription(
  db: Database,
  userId: string,
  input: NewPushSubscription,
): Promise<PushSubscriptionRow> {
  const [row] = await db
    .insert(pushSubscription)
    .values({ userId, ...input })
    .onConflictDoUpdate({
      target: pushSubscription.endpoint,
      set: { userId, p256dh: input.p256dh, auth: input.auth },
    })
    .returning();
  if (!row) throw new Error("INSERT … RETURNING gave no row");
  return row;
}

/** The user's subscriptions, oldest first. */
export function listPushSubscriptions(db: Database, userId: string): Promise<PushSubscriptionRow[]> {
  return db
    .select()
    .from(pushSubscription)
    .where(eq(pushSubscription.userId, userId))
    .orderBy(asc(pushSubscription.createdAt), asc(pushSubscription.id));
}

/** The user's subscription at `endpoint`, or null (another user's is null too). */
export async function findPushSubscription(
  db: Database,
  userId: string,
  endpoint: string,
): Promise<PushSubscriptionRow | null> {
  const [row] = await db
    .select()
    .from(pushSubscription)
    .where(and(eq(pushSubscription.userId, userId), eq(pushSubscription.endpoint, endpoint)));
  return row ?? null;
}

/** Drops the user's subscription at `endpoint`; false when the user has none there. */
export async function deletePushSubscription(db: Database, userId: string, endpoint: string): Promise<boolean> {
  const deleted = await db
    .delete(pushSubscription)
    .where(and(eq(pushSubscription.userId, userId), eq(pushSubscription.endpoint, endpoint)))
    .returning({ id: pushSubscription.id });
  return deleted.length > 0;
}

/** Drops subscriptions their push service said are gone (404/410). */
export async function deleteGonePushSubscriptions(db: Database, ids: number[]): Promise<void> {
  if (ids.length > 0) await db.delete(pushSubscription).where(inArray(pushSubscription.id, ids));
}

/** Every subscription of these users. */
export function pushSubscriptionsOf(db: Database, userIds: string[]): Promise<PushSubscriptionRow[]> {
  if (userIds.length === 0) return Promise.resolve([]);
  return db.select().from(pushSubscription).where(inArray(pushSubscription.userId, userIds));
}
