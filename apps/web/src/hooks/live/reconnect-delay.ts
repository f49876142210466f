/** The backoff's longest wait; also what a 429 without a Retry-After waits (the server's own stream limit asks 30 s). */
export const BACKOFF_MAX_MS = 30_000;
// Never sooner than this after a refusal, whatever its Retry-After says (0, or a date already past).
const RETRY_AFTER_MIN_MS = 1_000;
// The most a 429's Retry-After is followed (the API's own limits ask a minute at most): past it, the value is taken
// as a mistake rather than leave the tab without its changes for longer.
const RATE_LIMITED_MAX_MS = 600_000;

/** Why a stream did not open: the refusal's status (0 for no answer) and its Retry-After, in seconds, when readable. */
export interface StreamFailure {
  status: number;
  retryAfterSeconds?: number | undefined;
}

/**
 * How long the live connection waits before its next try after the `failures`-th failure in a row (a stream that
 * opened resets the count). When the refusal said (Retry-After): what it asked, at least 1 s and at most the
 * backoff's cap, or 10 min for a 429 (asked again sooner, it is refused again, where a 503's server only cannot serve
 * yet), then up to a quarter more, so that tabs told at once do not come back at once. Otherwise the backoff: 2 s
 * doubling to 30 s, each spread between its half and its whole; for a 429, the cap.
 */
export function reconnectDelay(failures: number, failure: StreamFailure, random = Math.random()): number {
  const { status, retryAfterSeconds: asked } = failure;
  if (asked !== undefined) {
    const most = status === 429 ? RATE_LIMITED_MAX_MS : BACKOFF_MAX_MS;
    return Math.min(most, Math.max(RETRY_AFTER_MIN_MS, asked * 1_000)) * (1 + random / 4);
  }
  if (status === 429) return BACKOFF_MAX_MS;
  return Math.min(BACKOFF_MAX_MS, 1_000 * 2 ** failures) * (0.5 + random / 2);
}
