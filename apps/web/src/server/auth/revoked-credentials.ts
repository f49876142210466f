import "server-only";
import { credentialsRevokedSince, pruneRevokedCredentials } from "@todo/db";
import { getDb } from "../db";
import { errorForLog } from "../error-for-log";
import { log } from "../log";
import { sessionJwtSeconds } from "./jwt-lifetime";

/** How often what ended on any instance is read: how long a signed-out session's JWT keeps working here. */
const POLL_MS = 2_000;
/** A set read longer ago than this is not trusted: a request waits for a new read (the database away: 503). */
const STALE_MS = 5_000;
/** Room for the app's and the database's clocks to differ. */
const CLOCK_SKEW_MS = 60_000;
/** After this long without a request that asks, the reads stop (a serverless database may then suspend). */
const IDLE_MS = 60_000;

interface Revocations {
  ids: Set<string>;
  /** When the read that `ids` came from was sent (0: never). */
  readAt: number;
  /** The read on its way, if any: one at a time. */
  pending: Promise<void> | null;
  lastAsked: number;
  timer: ReturnType<typeof setTimeout> | undefined;
}

// On globalThis: Next.js bundles route handlers apart, and each must see the same revocations.
const globalForRevocations = globalThis as typeof globalThis & { todoRevokedCredentials?: Revocations };
globalForRevocations.todoRevokedCredentials ??= {
  ids: new Set(),
  readAt: 0,
  pending: null,
  lastAsked: 0,
  timer: undefined,
};
const revocations = globalForRevocations.todoRevokedCredentials;

/**
 * Reads every session and access token ended within a JWT's lifetime, whole each time: a revocation whose
 * transaction commits late is never skipped, and one older than that names no JWT still valid.
 */
function read(): Promise<void> {
  if (revocations.pending) return revocations.pending;
  const sentAt = Date.now();
  const lifetimeMs = sessionJwtSeconds() * 1000;
  const reading = credentialsRevokedSince(getDb(), new Date(sentAt - lifetimeMs - CLOCK_SKEW_MS))
    .then((ids) => {
      revocations.ids = new Set(ids);
      revocations.readAt = sentAt;
      // Now and then (about one read in a hundred), forget what no JWT can name any more, so the table stays small.
      if (Math.random() < 0.01) {
        pruneRevokedCredentials(getDb(), new Date(sentAt - 2 * (lifetimeMs + CLOCK_SKEW_MS))).catch(() => {});
      }
    })
    .catch((error: unknown) => {
      log("warn", "revoked_credentials_read_failed", { error: errorForLog(error) });
      throw error;
    })
    .finally(() => {
      revocations.pending = null;
    });
  revocations.pending = reading;
  // Awaited by the requests that wait for it; a failure nobody waits for is logged above, not left unhandled.
  reading.catch(() => {});
  return reading;
}

/** Reads again every POLL_MS while requests ask; idle, it stops, and the next request waits for a read. */
function readAgainLater(): void {
  if (revocations.timer) return;
  revocations.timer = setTimeout(() => {
    revocations.timer = undefined;
    if (Date.now() - revocations.lastAsked > IDLE_MS) return;
    read()
      .catch(() => {})
      .finally(readAgainLater);
  }, POLL_MS);
  revocations.timer.unref?.();
}

/**
 * Whether what a JWT was issued for has ended, on this instance or any other sharing the database: a browser's
 * session (`sid`: signed out there or from another device, a password reset, the account deleted) or the access
 * token a program's JWT was exchanged for (`tid`: revoked). Known within POLL_MS of it, where the JWT alone would
 * work until it expires; never from a read older than STALE_MS: then the request waits for a new one, and gets the
 * database's error (503) when that fails too.
 */
export async function isCredentialRevoked(credentialId: string): Promise<boolean> {
  revocations.lastAsked = Date.now();
  readAgainLater();
  if (Date.now() - revocations.readAt > STALE_MS) await read();
  return revocations.ids.has(credentialId);
}
