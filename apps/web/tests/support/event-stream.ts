import { type Change, type EventStreamMessage, readEventStream } from "@todo/contracts";

export interface OpenEventStream {
  response: Response;
  /** Every message received so far, in order. */
  messages: EventStreamMessage[];
  /** The changes received so far, parsed from their `data`. */
  changes(): Change[];
  /** Resolves with the first message (received or to come) that `match` accepts; rejects after `timeoutMs`, or if the stream ends first. */
  waitFor(match: (message: EventStreamMessage) => boolean, timeoutMs?: number): Promise<EventStreamMessage>;
  /** Resolves once the server has ended the stream; rejects after `timeoutMs`. */
  ended(timeoutMs?: number): Promise<void>;
  close(): void;
}

export interface OpenOptions {
  since?: number | "now";
  lastEventId?: string;
}

/** Opens `GET /api/{userId}/events` as a client would, and collects its messages as they come. */
export async function openEvents(
  baseUrl: string,
  user: { userId: string; token: string },
  { since, lastEventId }: OpenOptions = {},
): Promise<OpenEventStream> {
  const abort = new AbortController();
  const query = since === undefined ? "" : `?since=${since}`;
  const headers: Record<string, string> = { Authorization: `Bearer ${user.token}`, Accept: "text/event-stream" };
  if (lastEventId !== undefined) headers["Last-Event-ID"] = lastEventId;
  const response = await fetch(`${baseUrl}/api/${user.userId}/events${query}`, { headers, signal: abort.signal });
  const messages: EventStreamMessage[] = [];
  const listeners = new Set<() => void>();
  let done = false;
  let failure: unknown;
  const notify = () => {
    for (const listener of listeners) listener();
  };
  if (response.ok && response.body) {
    void (async () => {
      try {
        for await (const message of readEventStream(response.body as ReadableStream<Uint8Array>)) {
          messages.push(message);
          notify();
        }
      } catch (error) {
        if (!abort.signal.aborted) failure = error;
      } finally {
        done = true;
        notify();
      }
    })();
  }

  function until<T>(check: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const attempt = () => {
        let found: T | undefined;
        try {
          found = check();
        } catch (error) {
          listeners.delete(attempt);
          clearTimeout(timer);
          reject(error);
          return true;
        }
        if (found === undefined) return false;
        listeners.delete(attempt);
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        listeners.delete(attempt);
        reject(new Error(`${what} within ${timeoutMs} ms; received: ${JSON.stringify(messages)}`));
      }, timeoutMs);
      if (!attempt()) listeners.add(attempt);
    });
  }

  return {
    response,
    messages,
    changes: () => messages.filter((m) => m.data !== undefined).map((m) => JSON.parse(m.data as string) as Change),
    waitFor: (match, timeoutMs = 2_000) =>
      until(
        () => messages.find(match) ?? (done ? failNow("the stream ended", failure) : undefined),
        timeoutMs,
        "no matching message",
      ),
    ended: (timeoutMs = 5_000) =>
      until(
        () => (done ? (failure ? failNow("the stream failed", failure) : true) : undefined),
        timeoutMs,
        "no end",
      ).then(() => {}),
    close: () => abort.abort(),
  };
}

function failNow(what: string, cause: unknown): never {
  throw new Error(what, { cause });
}

/** Matches the message of the change with this type and id (the first such). */
export const changeOf =
  (type: string, id: number) =>
  (message: EventStreamMessage): boolean =>
    message.event === type && (JSON.parse(message.data ?? "{}") as { id?: number }).id === id;
