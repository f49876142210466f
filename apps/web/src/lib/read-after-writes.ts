/** How many times a read is sent at most while writes keep landing. */
export const READ_ATTEMPTS = 5;

/**
 * Sends `read` again while writes landed during it (`writes()`, a count of accepted writes, moved):
 * its answer may predate them and must not undo a change shown since. At most `attempts` times, so
 * that a stream of writes cannot keep it from ever answering; the last answer is returned then.
 */
export async function readAfterWrites<T>(
  read: () => Promise<T>,
  writes: () => number,
  attempts: number = READ_ATTEMPTS,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const before = writes();
    const result = await read();
    if (writes() === before || attempt >= attempts) return result;
  }
}
