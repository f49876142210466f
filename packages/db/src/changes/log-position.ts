import { ChangesGoneError } from "./errors";

/** Where a user's log stands: the last seq given out, and the highest seq pruned. */
export interface LogPosition {
  head: number;
  prunedThrough: number;
}

/** Whether the log holds every change after `since`: it must be neither pruned past nor beyond the head. */
export function checkSince(since: number, { head, prunedThrough }: LogPosition): void {
  if (since < prunedThrough || since > head) throw new ChangesGoneError(since, head);
}
