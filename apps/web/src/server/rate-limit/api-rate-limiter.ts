import "server-only";
import { errorForLog } from "../error-for-log";
import { HttpError } from "../http/errors";
import { log } from "../log";

const WINDOW_MS = 60_000;
const SYNC_INTERVAL_MS = 1_000;

interface Counter {
  window: number;
  /** What every instance had recorded at the last sync, this instance's hits included. */
  recorded: number;
  /** Hits this instance took since then. */
  unsynced: number;
}

export interface ApiRateLimiterOptions {
  limit: number;
  record: (userId: string, windowStart: Date, hits: number) => Promise<number>;
  prune: (before: Date) => Promise<void>;
}

/**
 * A per-user limit on API requests per minute, counted in the shared database so that it holds
 * across app instances. Requests never wait for the database: hits are counted here and written in
 * batches (at once for a user's first hit in a window, then at most every second); what other
 * instances recorded is learnt from each write. The limit is thus exact on one instance and
 * overshoots by at most a second of traffic across several.
 */
export function createApiRateLimiter({ limit, record, prune }: ApiRateLimiterOptions) {
  const counters = new Map<string, Counter>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  async function sync() {
    timer = null;
    const now = Date.now();
    for (const [userId, counter] of counters) {
      if (counter.window * WINDOW_MS + WINDOW_MS < now && counter.unsynced === 0) counters.delete(userId);
      if (counter.unsynced === 0) continue;
      const hits = counter.unsynced;
      counter.unsynced = 0;
      try {
        const recorded = await record(userId, new Date(counter.window * WINDOW_MS), hits);
        if (counters.get(userId) === counter) counter.recorded = Math.max(counter.recorded, recorded);
      } catch (error) {
        // The database is away: keep counting here, and write the hits once it is back.
        counter.unsynced += hits;
        log("warn", "rate_limit_sync_failed", { error: errorForLog(error) });
        schedule(SYNC_INTERVAL_MS);
        return;
      }
    }
    // Now and then (about one sync in a hundred), forget windows that are over, so the table stays small.
    if (Math.random() < 0.01) await prune(new Date(now - 2 * WINDOW_MS)).catch(() => {});
  }

  function schedule(delay: number) {
    timer ??= setTimeout(() => void sync(), delay);
    timer.unref?.();
  }

  /** Counts a request for the user, or refuses it with 429 and `Retry-After`. */
  return function consume(userId: string): void {
    const now = Date.now();
    const window = Math.floor(now / WINDOW_MS);
    let counter = counters.get(userId);
    const firstInWindow = !counter || counter.window !== window;
    if (!counter || counter.window !== window) {
      counter = { window, recorded: 0, unsynced: 0 };
      counters.set(userId, counter);
    }
    if (counter.recorded + counter.unsynced >= limit) {
      const retryAfter = Math.ceil(((window + 1) * WINDOW_MS - now) / 1000);
      throw new HttpError(429, `At most ${limit} requests a minute; try again in ${retryAfter} s`, {
        headers: { "Retry-After": String(retryAfter) },
      });
    }
    counter.unsynced++;
    schedule(firstInWindow ? 0 : SYNC_INTERVAL_MS);
  };
}
