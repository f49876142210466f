import "server-only";
import { credentialsRevokedSince, pruneRevokedCredentials } from "@todo/db";
import { getDb } from "../db";
import { errorForLog } from "../error-for-log";
import { log } from "../log";
import { sessionJwtSeconds } from "./jwt-lifetime";

/** How often what ended on any instance is read: how long a signed-out session's JWT keeps working here. */
const POLL_MS = 2_000;
/** Room for the app's and the database's clocks to differ. */
const CLOCK_SKEW_MS = 60_000;
/** After this long without a request that asks, the reads stop (a serverless database may then suspend). */
const IDLE_MS = 60_000;

interface Revocations {
  ids: Set<string>;
  /** The first read, which the first requests wait for; every read after it runs on a timer while asked. */
  first: Promise<void> | null;
  lastAsked: number;
}

// On globalThis: Next.js bundles route handlers apart, and each must see the same revocations.
const globalForRevocations = globalThis as typeof globalThis & { todoRevokedCredentials?: Revocations };
globalForRevocations.todoRevokedCredentials ??= { ids: new Set(), first: null, lastAsked: 0 };
const revocations = globalForRevocations.todoRevokedCredentials;

/**
 * Reads every session and access token ended within a JWT's lifetime, whole each time: a revocation whose transaction commits late
 * is never skipped, and one older than that names no JWT still valid. Kept as it was while the database is away.
 */
async function read(): Promise<void> {
  const lifetimeMs = sessionJwtSeconds() * 1000;
  try {
    const ids = await credentialsRevokedSince(getDb(), new Date(Date.now() - lifetimeMs - CLOCK_SKEW_MS));
    revocations.ids = new Set(ids);
  } catch (error) {
    log("warn", "revoked_credentials_read_failed", { error: errorForLog(error) });
  }
  // Now and then (about one read in a hundred), forget what no JWT can name any more, so the table stays small.
  if (Math.random() < 0.01) {
    await pruneRevokedCredentials(getDb(), new Date(Date.now() - 2 * (lifetimeMs + CLOCK_SKEW_MS))).catch(() => {});
  }
}

function readAgainLater(): void {
  setTimeout(() => {
    // Idle: the next request reads afresh, and waits for it, before trusting what is held.
    if (Date.now() - revocations.lastAsked > IDLE_MS) revocations.first = null;
    else void read().finally(readAgainLater);
  }, POLL_MS).unref?.();
}

/**
 * Whether what a JWT was issued for has ended, on this instance or any other sharing the database: a browser's
 * session (`sid`: signed out there or from another device, a password reset, the account deleted) or the access
 * token a program's JWT was exchanged for (`tid`: revoked). Within `POLL_MS` of it, where the JWT alone would work
 * until it expires.
 */
export async function isCredentialRevoked(credentialId: string): Promise<boolean> {
  revocations.lastAsked = Date.now();
  revocations.first ??= read().finally(readAgainLater);
  await revocations.first;
  return revocations.ids.has(credentialId);
}
