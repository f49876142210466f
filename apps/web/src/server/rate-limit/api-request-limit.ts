import "server-only";
import { isUserGone, pruneApiHits, recordApiHits } from "@todo/db";
import { env } from "@/env";
import { getDb } from "../db";
import { createApiRateLimiter } from "./api-rate-limiter";

/** The tasks API's per-user limit (API_RATE_LIMIT_PER_MINUTE), counted in the shared database. */
export const consumeApiRequest = createApiRateLimiter({
  limit: env.API_RATE_LIMIT_PER_MINUTE,
  record: async (userId, windowStart, hits) => {
    try {
      return await recordApiHits(getDb(), userId, windowStart, hits);
    } catch (error) {
      // A deleted account's hits have nowhere to go: drop them rather than retry for ever.
      if (isUserGone(error)) return hits;
      throw error;
    }
  },
  prune: (before) => pruneApiHits(getDb(), before),
});
