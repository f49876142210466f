import type { DatabaseHandle, Listener } from "../client";

// The channel migration 0008's change_log_append notifies, with the user's id as the payload.
const CHANNEL = "todo_changes";

export interface ChangeHandlers {
  /** The user has new changes (committed): once per writing transaction, and only while they have a live stream. */
  onChange(userId: string): void;
  /** Listening (again): changes committed while it was not were not announced, so every stream reads the log. */
  onResume(): void;
  onLost?(error: unknown): void;
}

/** Hears of every user's new changes, on one connection; null where the database cannot LISTEN (then poll). */
export function listenForChanges(handle: DatabaseHandle, handlers: ChangeHandlers): Listener | null {
  return handle.listen(CHANNEL, {
    onNotification: handlers.onChange,
    onListening: handlers.onResume,
    onLost: handlers.onLost,
  });
}
