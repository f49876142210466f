import "server-only";
import { pruneApiHits, recordApiHits } from "@todo/db";
import { env } from "@/env";
import { getDb } from "../db";
import { createApiRateLimiter } from "./api-rate-limiter";

/** The tasks API's per-user limit (API_RATE_LIMIT_PER_MINUTE), counted in the shared database. */
export const consumeApiRequest = createApiRateLimiter({
  limit: env.API_RATE_LIMIT_PER_MINUTE,
  record: (userId, windowStart, hits) => recordApiHits(getDb(), userId, windowStart, hits),
  prune: (before) => pruneApiHits(getDb(), before),
});
