/**
 * When each step of a graceful shutdown must be over, in ms after the signal: one timeline, so that the whole
 * stop has one bound whatever hangs (a database that stopped answering, a push service that does not answer).
 * A host's grace period before SIGKILL must exceed `database`, the last.
 */
export const SHUTDOWN_TIMELINE = {
  /** The event streams told when to come back (elsewhere), their registrations released, the listener closed. */
  streams: 2_000,
  /** The requests in flight finished; those still running then are cut. */
  drain: 10_000,
  /** The background loops stopped, the reminder pass in flight sent and recorded: past the push time-out (10 s). */
  background: 13_000,
  /** The pools ended and the traces flushed: the process exits. */
  database: 15_000,
} as const;
