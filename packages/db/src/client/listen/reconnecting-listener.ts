import type { Listener, NotificationHandlers } from "./types";

/** What node-postgres' Client and Neon's (a fork of it) share for listening. */
export interface ListeningClient {
  connect(): Promise<unknown>;
  query(text: string): Promise<unknown>;
  end(): Promise<void>;
  on(event: "notification", listener: (message: { channel: string; payload?: string | undefined }) => void): unknown;
  on(event: "error", listener: (error: Error) => void): unknown;
  on(event: "end", listener: () => void): unknown;
}

export interface ReconnectOptions {
  /** How often the connection is checked with a query, so that one that died silently is noticed. */
  pingIntervalMs?: number;
  /** The longest wait between two attempts to connect (the first waits about 250 ms, each next twice as long). */
  maxBackoffMs?: number;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * One dedicated connection that LISTENs on `channel` and comes back by itself: a connection that ends,
 * errs or fails its periodic check is dropped and made again after a growing, jittered wait, and each time
 * it listens again `onListening` says so (notifications sent meanwhile are lost: the caller catches up).
 */
export function reconnectingListener(
  makeClient: () => ListeningClient,
  channel: string,
  handlers: NotificationHandlers,
  { pingIntervalMs = 30_000, maxBackoffMs = 10_000 }: ReconnectOptions = {},
): Listener {
  let closed = false;
  let current: ListeningClient | null = null;
  let failures = 0;
  let retry: NodeJS.Timeout | undefined;
  let ping: NodeJS.Timeout | undefined;

  function scheduleConnect() {
    const backoff = Math.min(maxBackoffMs, 250 * 2 ** failures++);
    retry = setTimeout(() => void connect(), backoff * (0.5 + Math.random() / 2));
  }

  async function connect() {
    if (closed) return;
    const client = makeClient();
    current = client;
    let lost = false;
    const lose = (error: unknown) => {
      if (lost) return;
      lost = true;
      clearInterval(ping);
      if (current === client) current = null;
      client.end().catch(() => {});
      if (closed) return;
      handlers.onLost?.(error);
      scheduleConnect();
    };
    client.on("error", lose);
    client.on("end", () => lose(new Error("The listening connection ended")));
    client.on("notification", (message) => {
      if (message.channel === channel) handlers.onNotification(message.payload ?? "");
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${quoteIdent(channel)}`);
    } catch (error) {
      lose(error);
      return;
    }
    if (lost || closed) return;
    failures = 0;
    ping = setInterval(() => client.query("SELECT 1").catch(lose), pingIntervalMs);
    handlers.onListening();
  }

  void connect();
  return {
    close: async () => {
      closed = true;
      clearTimeout(retry);
      clearInterval(ping);
      await current?.end().catch(() => {});
      current = null;
    },
  };
}
