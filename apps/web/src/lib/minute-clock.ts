// One timer for the whole page, ticking at each minute's start while anything listens: what reads
// "today" and "overdue" re-renders as the minute (and so the day, and a due time) changes.
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setTimeout> | undefined;

function schedule() {
  timer = setTimeout(
    () => {
      for (const listener of listeners) listener();
      schedule();
    },
    60_000 - (Date.now() % 60_000),
  );
}

export function subscribeMinute(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) schedule();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearTimeout(timer);
      timer = undefined;
    }
  };
}

/** The current minute, as minutes since 1970: the same value all through a minute. */
export function currentMinute(): number {
  return Math.floor(Date.now() / 60_000);
}
