/**
 * What a database error means for the request that met it, decided here for both PostgreSQL
 * drivers (Neon's is a fork of node-postgres: same codes and messages). Errors are read down their
 * `cause` chain, since Drizzle wraps the driver's error in its own.
 */

/** Socket errors of a connection that was up and broke. */
const BROKEN_SOCKET = new Set(["ECONNRESET", "EPIPE"]);
/** Socket errors of a connection that could not be made. */
const NO_SOCKET = new Set(["ECONNREFUSED", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"]);

/**
 * SQLSTATEs by which the server says the session a statement ran on is gone: `57P01` admin
 * shutdown (a terminated backend), `57P02` crash shutdown, `57P05` the server's idle-session
 * time-out, `25P03` its idle-in-transaction time-out, `25P04` its transaction time-out
 * (PostgreSQL 17), `08xxx` connection exceptions but for the two that refuse a new connection
 * (`08001`, `08004`).
 */
const SESSION_ENDED = (code: string) =>
  ["57P01", "57P02", "57P05", "25P03", "25P04"].includes(code) ||
  (code.startsWith("08") && code !== "08001" && code !== "08004");

/**
 * SQLSTATEs by which the server refuses to serve now, though nothing is wrong with the request:
 * - a new session refused: `08001`/`08004` unable to connect, `57P03` cannot connect now (starting
 *   up, shutting down), `53300` too many connections, `28000` a role not let in (`NOLOGIN`, no
 *   `pg_hba.conf` entry), `28P01` its password refused (rotated);
 * - the server short of resources: `53000` insufficient resources, `53100` disk full (also Neon's
 *   answer past a project's size limit), `53200` out of memory, `53400` a configured limit;
 * - writes refused: `25006` a read-only transaction (a standby after a failover, a database set
 *   `default_transaction_read_only`), which changed nothing;
 * - a statement that waited too long: `57014` cancelled by its time-out, `55P03` a lock not had
 *   within `lock_timeout`, `40001`/`40P01` a serialization failure or deadlock that outlived its
 *   retries.
 */
const REFUSALS = new Set([
  "08001",
  "08004",
  "57P03",
  "53300",
  "28000",
  "28P01",
  "53000",
  "53100",
  "53200",
  "53400",
  "25006",
  "57014",
  "55P03",
  "40001",
  "40P01",
]);

// The drivers' own words for a connection that closed under a statement…
const CONNECTION_LOST = /Connection terminated unexpectedly|Client has encountered a connection error/i;
// …and for one that could not be had, or a server that stopped answering, in time.
const NO_ANSWER =
  /timeout exceeded when trying to connect|Connection terminated due to connection timeout|Query read timeout/i;

function* chain(error: unknown): Generator<Error & { code?: unknown }> {
  for (let e = error, depth = 0; e instanceof Error && depth < 10; e = e.cause, depth++) yield e;
}

function codeOf(error: { code?: unknown }): string | undefined {
  return typeof error.code === "string" ? error.code : undefined;
}

/**
 * Whether the connection under a statement died, so that it was not answered: the statement may
 * or may not have taken effect, and it is worth one more try on another connection only if it
 * changed nothing (a read).
 */
export function isConnectionLost(error: unknown): boolean {
  for (const e of chain(error)) {
    const code = codeOf(e);
    if (code && (BROKEN_SOCKET.has(code) || SESSION_ENDED(code))) return true;
    if (CONNECTION_LOST.test(e.message)) return true;
  }
  return false;
}

/** Whether a transaction lost a race with another one (serialization failure, deadlock) and may simply run again. */
export function isTransactionConflict(error: unknown): boolean {
  for (const e of chain(error)) {
    const code = codeOf(e);
    if (code === "40001" || code === "40P01") return true;
  }
  return false;
}

/**
 * Whether an error says the database cannot serve now (unreachable, restarting, refusing
 * connections, out of connections, too busy) rather than that the request or our code is wrong:
 * the first is a 503 to try again, the second a 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (isConnectionLost(error)) return true;
  for (const e of chain(error)) {
    const code = codeOf(e);
    if (code && (REFUSALS.has(code) || NO_SOCKET.has(code))) return true;
    if (NO_ANSWER.test(e.message)) return true;
    // 55000 is "object not in prerequisite state": a refusal only when the database says it takes no connections.
    if (code === "55000" && /not currently accepting connections/i.test(e.message)) return true;
    // 42501 is "insufficient privilege": a refusal only for a session, when the role may not CONNECT to the database.
    if (code === "42501" && /permission denied for database/i.test(e.message)) return true;
  }
  return false;
}

/**
 * Whether a write failed because the user it names no longer exists: a foreign key to `user`
 * (`23503` on a `…_user_id_user_id_fk` constraint). A JWT outlives the account it was issued
 * for by up to its lifetime; its writes meet this.
 */
export function isUserGone(error: unknown): boolean {
  for (const e of chain(error)) {
    const constraint = (e as { constraint?: unknown }).constraint;
    if (codeOf(e) === "23503" && typeof constraint === "string" && constraint.endsWith("_user_id_user_id_fk")) {
      return true;
    }
  }
  return false;
}

/**
 * Whether a write was refused as a duplicate under a unique constraint or index (`23505`): `list_user_name_idx`
 * when a list's name is taken, `user_email_unique` when two sign-ups raced for one email.
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (const e of chain(error)) {
    const named = (e as { constraint?: unknown }).constraint;
    if (codeOf(e) === "23505" && (named === constraint || e.message.includes(constraint))) return true;
  }
  return false;
}
