/**
 * The most attempts a reminder gets before it is given up on: the eighth comes 5 + 10 + … + 320 = 635 s (about
 * 10½ minutes, under 13 with the jitter) after the first, later only when a push service asks (Retry-After).
 */
export const MAX_ATTEMPTS = 8;

/**
 * Seconds until a reminder's next attempt after `attempts` failed ones: 5, 10, 20, … up to 10 minutes, with up to
 * a fifth more at random so that instances retrying together spread out; never sooner than the push service
 * asked (Retry-After).
 */
export function retryDelaySeconds(attempts: number, retryAfterSeconds: number | null = null): number {
  const base = Math.min(600, 5 * 2 ** Math.max(0, attempts - 1));
  const delay = base * (1 + Math.random() * 0.2);
  return Math.ceil(Math.max(delay, Math.min(retryAfterSeconds ?? 0, 3600)));
}
