import { retryAfterSeconds } from "@todo/contracts";

/** What a push service made of one message. */
export type PushResult =
  | { kind: "delivered" }
  /** 404/410: the subscription is no more; delete it. */
  | { kind: "gone"; status: number }
  /** 429, 5xx or no answer in time: try again later (after `retryAfterSeconds`, when the service said). */
  | { kind: "retry"; status: number | null; retryAfterSeconds: number | null }
  /** Any other refusal (400, 401, 403, 413): sending it again would not help. */
  | { kind: "rejected"; status: number };

/**
 * What a failed send means, from web-push's error: one with no status (a time-out, a refused or reset connection)
 * is worth a retry, as are 429 and 5xx (after Retry-After, seconds or an HTTP date, when given).
 */
export function classifyPushError(error: unknown, now = Date.now()): PushResult {
  const { statusCode, headers } = (error ?? {}) as {
    statusCode?: unknown;
    headers?: Record<string, string | undefined>;
  };
  if (typeof statusCode !== "number") return { kind: "retry", status: null, retryAfterSeconds: null };
  if (statusCode === 404 || statusCode === 410) return { kind: "gone", status: statusCode };
  if (statusCode === 429 || statusCode >= 500) {
    return { kind: "retry", status: statusCode, retryAfterSeconds: retryAfterSeconds(headers?.["retry-after"], now) };
  }
  return { kind: "rejected", status: statusCode };
}
