import { index, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Sessions and access tokens ended lately (a session signed out, revoked, reset, expired or its user deleted; an
 * access token revoked or its user deleted), written by triggers on `session` and `access_token` (migration 0016):
 * every app instance reads them, so that a JWT issued for one of them (its `sid` or `tid`) is refused within
 * seconds everywhere, not only when it expires. Rows past any JWT's lifetime are pruned.
 */
export const revokedCredential = pgTable(
  "revoked_credential",
  {
    credentialId: uuid().primaryKey(),
    revokedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index("revoked_credential_revoked_at_idx").on(t.revokedAt)],
);
