/**
 * Starts a test early in a minute, so that its requests all fall in one window of the API's
 * per-minute limit (a fixed window: a minute boundary between two requests starts the count again).
 * Waits for the next minute when less than 20 s of this one are left.
 */
export async function startOfAWindow(): Promise<void> {
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 40_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoMinute + 100));
}
