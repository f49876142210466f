import { useSyncExternalStore } from "react";

/** Whether this tab receives the user's changes as they happen: `down` only once it tried and failed. */
export type LiveStatus = "connecting" | "live" | "down";

let current: LiveStatus = "connecting";
const listeners = new Set<() => void>();

export function setLiveStatus(status: LiveStatus): void {
  if (status === current) return;
  current = status;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The tab's live status, for the header's "not live" mark. */
export function useLiveStatus(): LiveStatus {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => "connecting",
  );
}

let reconnect: (() => void) | null = null;

/** What the open connection does to try again at once (null when none is open). */
export function onReconnectNow(fn: (() => void) | null): void {
  reconnect = fn;
}

/** Tries the stream again now rather than when its wait runs out. */
export function reconnectNow(): void {
  reconnect?.();
}
