import type { Change } from "@todo/contracts";

/**
 * The Server-Sent Events the change stream writes (WHATWG HTML § 9.2). Each is a complete message: lines
 * ended by a blank line. JSON never holds a raw line break, so `data` fits on one line.
 */

/** A change: its seq as the event id (what `Last-Event-ID` names on a reconnect), its type as the event. */
export function changeEvent(change: Change): string {
  return `id: ${change.seq}\nevent: ${change.type}\ndata: ${JSON.stringify(change)}\n\n`;
}

/**
 * Moves the client's last event id to `seq` without an event: where the stream stands after changes it read
 * but left out (a resource deleted since), or where it starts, so that a reconnect resumes from there.
 */
export function positionMessage(seq: number): string {
  return `id: ${seq}\n\n`;
}

/** How long a client waits before reconnecting after the stream ends. */
export function retryMessage(ms: number): string {
  return `retry: ${Math.round(ms)}\n\n`;
}

/** A comment line, which clients ignore: it keeps proxies from closing an idle stream. */
export function commentMessage(text: string): string {
  return `: ${text.replace(/[\r\n]+/g, " ")}\n\n`;
}
