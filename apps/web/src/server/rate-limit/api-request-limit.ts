import "server-only";
import { isUserGone, pruneApiHits, recordApiHits } from "@todo/db";
import { env } from "@/env";
import { markAccountGone } from "../auth/gone-accounts";
import { getDb } from "../db";
import { rateLimitRefusals } from "../metrics/operations-metrics";
import { createApiRateLimiter } from "./api-rate-limiter";

/** The tasks API's per-user limit (API_RATE_LIMIT_PER_MINUTE), counted in the shared database. */
const consume = createApiRateLimiter({
  limit: env.API_RATE_LIMIT_PER_MINUTE,
  record: async (userId, windowStart, hits) => {
    try {
      return await recordApiHits(getDb(), userId, windowStart, hits);
    } catch (error) {
      // A deleted account's hits have nowhere to go: drop them rather than retry for ever, and refuse its token from now on.
      if (isUserGone(error)) {
        markAccountGone(userId);
        return hits;
      }
      throw error;
    }
  },
  prune: (before) => pruneApiHits(getDb(), before),
});

/** Counts a request for the user, or refuses it with 429 (counted in `rate_limit_refusals_total`). */
export function consumeApiRequest(userId: string): void {
  try {
    consume(userId);
  } catch (refusal) {
    rateLimitRefusals().labels("api").inc();
    throw refusal;
  }
}
