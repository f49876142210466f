import "server-only";
import webPush from "web-push";
import { vapidKeys } from "./vapid";

/** What a push service made of one message. */
export type PushResult =
  | { kind: "delivered" }
  /** 404/410: the subscription is no more; delete it. */
  | { kind: "gone"; status: number }
  /** 429, 5xx or no answer in time: try again later (after `retryAfterSeconds`, when the service said). */
  | { kind: "retry"; status: number | null; retryAfterSeconds: number | null }
  /** Any other refusal (400, 401, 403, 413): sending it again would not help. */
  | { kind: "rejected"; status: number };

export interface PushTarget {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/** How long a push service has to answer. */
const TIMEOUT_MS = 10_000;
/** How long a push service keeps an undelivered message for an offline device: a day, like late reminders. */
const TTL_SECONDS = 24 * 3600;

/** Sends one message (RFC 8030), encrypted for the subscription (RFC 8291, aes128gcm) and signed with VAPID (RFC 8292). */
export async function sendPush(target: PushTarget, payload: object): Promise<PushResult> {
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
      },
    );
    return { kind: "delivered" };
  } catch (error) {
    return classify(error);
  }
}

function classify(error: unknown): PushResult {
  const { statusCode, headers } = error as { statusCode?: unknown; headers?: Record<string, string | undefined> };
  if (typeof statusCode !== "number") return { kind: "retry", status: null, retryAfterSeconds: null };
  if (statusCode === 404 || statusCode === 410) return { kind: "gone", status: statusCode };
  if (statusCode === 429 || statusCode >= 500) {
    const retryAfter = Number(headers?.["retry-after"]);
    return { kind: "retry", status: statusCode, retryAfterSeconds: Number.isFinite(retryAfter) ? retryAfter : null };
  }
  return { kind: "rejected", status: statusCode };
}
