import type { Change } from "../change";

/** One message of a `text/event-stream` body: what arrived up to a blank line. */
export interface EventStreamMessage {
  /** The last event id after this message (it keeps the previous one unless the message sets it). */
  lastEventId: string;
  /** Set only when the message set an id. */
  id?: string;
  event?: string;
  /** The data lines joined by line breaks; absent without any. */
  data?: string;
  retry?: number;
  /** Comment lines (`: …`), as sent without the colon and one space. */
  comments: string[];
}

function emptyMessage(lastEventId: string): EventStreamMessage {
  return { lastEventId, comments: [] };
}

/**
 * Reads a Server-Sent Events body into its messages, as the WHATWG HTML standard parses it (§ 9.2.6):
 * lines end with CRLF, LF or CR; `field: value` (one leading space dropped); `id` without a NUL sets the
 * last event id; `retry` takes digits only; a blank line ends a message. Messages without data are given
 * too (an `id:` alone moves the position).
 */
export async function* readEventStream(body: ReadableStream<Uint8Array>): AsyncGenerator<EventStreamMessage> {
  const decoder = new TextDecoder();
  let buffer = "";
  let lastEventId = "";
  let message = emptyMessage(lastEventId);
  let touched = false;
  const data: string[] = [];
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      // A trailing CR may be half of a CRLF still to come: keep it until more arrives.
      const lines = buffer.split(/\r\n|\n|\r(?!$)/);
      buffer = done ? "" : (lines.pop() ?? "");
      for (const line of lines) {
        if (line === "") {
          if (touched) {
            if (data.length > 0) message.data = data.join("\n");
            yield message;
          }
          message = emptyMessage(lastEventId);
          data.length = 0;
          touched = false;
          continue;
        }
        touched = true;
        const colon = line.indexOf(":");
        const field = colon === -1 ? line : line.slice(0, colon);
        const value = colon === -1 ? "" : line.slice(colon + 1).replace(/^ /, "");
        if (field === "") message.comments.push(value);
        else if (field === "data") data.push(value);
        else if (field === "event") message.event = value;
        else if (field === "retry" && /^\d+$/.test(value)) message.retry = Number(value);
        else if (field === "id" && !value.includes("\0")) {
          lastEventId = value;
          message.id = value;
          message.lastEventId = value;
        }
      }
      if (done) return;
    }
  } finally {
    reader.releaseLock();
  }
}

/** What the change stream says: a change, where it stands (`id:` alone), or how long to wait before reconnecting. */
export type ChangeStreamMessage =
  | { kind: "change"; change: Change }
  | { kind: "position"; seq: number }
  | { kind: "retry"; ms: number };

/**
 * The change stream's messages, each change's data parsed by `parseChange` (the contract's `ChangeSchema`, or what
 * loads it: this module holds no schema); comments (keep-alives) are left out.
 */
export async function* readChangeStream(
  body: ReadableStream<Uint8Array>,
  parseChange: (data: unknown) => Change | Promise<Change>,
): AsyncGenerator<ChangeStreamMessage> {
  for await (const message of readEventStream(body)) {
    if (message.retry !== undefined) yield { kind: "retry", ms: message.retry };
    if (message.data !== undefined) yield { kind: "change", change: await parseChange(JSON.parse(message.data)) };
    else if (message.id !== undefined) yield { kind: "position", seq: Number(message.id) };
  }
}
