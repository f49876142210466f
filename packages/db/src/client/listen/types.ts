/** What a listener reports: each notification, and each time it is listening (again). */
export interface NotificationHandlers {
  onNotification(payload: string): void;
  /**
   * It listens now, after starting or after a lost connection came back: notifications sent while it was
   * not listening are lost, so whoever depends on them reads what they would have said.
   */
  onListening(): void;
  /** The connection was lost or could not be made; it is tried again with backoff. */
  onLost?(error: unknown): void;
}

export interface Listener {
  close(): Promise<void>;
}

/** LISTENs on `channel`; null when the database cannot (a pooler in transaction mode), so callers poll. */
export type Listen = (channel: string, handlers: NotificationHandlers) => Listener | null;
