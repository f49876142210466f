/**
 * The latest action the user can still undo, for Ctrl/⌘+Z: the toast that offers Undo registers
 * it, and forgets it when the offer ends.
 */
let latest: { undo: () => void } | null = null;

export function offerUndo(undo: () => void): { undo: () => void } {
  latest = { undo };
  return latest;
}

export function withdrawUndo(entry: { undo: () => void }): void {
  if (latest === entry) latest = null;
}

/** Undoes the latest action still on offer; answers whether there was one. */
export function undoLatest(): boolean {
  const entry = latest;
  if (!entry) return false;
  latest = null;
  entry.undo();
  return true;
}
