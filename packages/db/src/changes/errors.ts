/**
 * The log cannot answer from `since`: changes after it were pruned (older than the log keeps), or it names
 * a seq this user's log never reached (a database restored from a backup). The client lists afresh and goes
 * on from `head`.
 */
export class ChangesGoneError extends Error {
  constructor(
    readonly since: number,
    readonly head: number,
  ) {
    super(
      since > head
        ? `The change log has no seq ${since}: it ends at ${head}`
        : `The change log no longer holds the changes after ${since}`,
    );
    this.name = "ChangesGoneError";
  }
}

/** The user already has as many live streams open as allowed, across every instance: 429. */
export class TooManyStreamsError extends Error {
  constructor(readonly max: number) {
    super(`At most ${max} event streams may be open at once for a user`);
    this.name = "TooManyStreamsError";
  }
}
