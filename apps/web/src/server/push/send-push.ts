import "server-only";
import webPush from "web-push";
import { classifyPushError, type PushResult } from "./push-result";
import { vapidKeys } from "./vapid";

export interface PushTarget {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/** How long a push service has to answer. */
const TIMEOUT_MS = 10_000;
/** How long a push service keeps an undelivered message for an offline device: a day, like late reminders. */
const TTL_SECONDS = 24 * 3600;

/**
 * Sends one message (RFC 8030), encrypted for the subscription (RFC 8291, aes128gcm) and signed with VAPID (RFC 8292).
 * A `topic` (RFC 8030 § 5.4) lets the push service replace a message of the same topic it still holds undelivered.
 */
export async function sendPush(target: PushTarget, payload: object, topic?: string): Promise<PushResult> {
  const { publicKey, privateKey, subject } = vapidKeys();
  try {
    await webPush.sendNotification(
      { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
      JSON.stringify(payload),
      {
        vapidDetails: { subject, publicKey, privateKey },
        TTL: TTL_SECONDS,
        urgency: "high",
        contentEncoding: "aes128gcm",
        timeout: TIMEOUT_MS,
        ...(topic ? { topic } : {}),
      },
    );
    return { kind: "delivered" };
  } catch (error) {
    return classifyPushError(error);
  }
}
