import { index, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Sessions ended lately (signed out, revoked, reset, expired or their user deleted), written by a trigger on
 * `session` (migration 0016): every app instance reads them, so that a JWT issued for one of them (its `sid`)
 * is refused within seconds everywhere, not only when it expires. Rows past any JWT's lifetime are pruned.
 */
export const revokedSession = pgTable(
  "revoked_session",
  {
    sessionId: uuid().primaryKey(),
    revokedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index("revoked_session_revoked_at_idx").on(t.revokedAt)],
);
