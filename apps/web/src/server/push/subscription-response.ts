import "server-only";
import type { PushSubscriptionInfo } from "@todo/contracts";
import type { PushSubscriptionRow } from "@todo/db";

/** A subscription as the API answers it: its endpoint and age, never its keys. */
export function toPushSubscription(row: PushSubscriptionRow): PushSubscriptionInfo {
  return { endpoint: row.endpoint, createdAt: row.createdAt.toISOString() };
}
