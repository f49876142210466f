import "server-only";
import { changeEvent, commentMessage, positionMessage, retryMessage, toChange } from "@todo/api/changes";
import { CHANGES_LIMIT_MAX } from "@todo/contracts";
import { ChangesGoneError, listChanges, type StreamSlot } from "@todo/db";
import { getDb } from "../db";
import { errorForLog } from "../error-for-log";
import { log } from "../log";
import { changeDeliveryLag, openEventStreams } from "../metrics/operations-metrics";
import type { ChangeHub, Subscriber } from "./change-hub";
import { RECONNECT_MS } from "./stream-settings";

export interface ChangeStreamOptions {
  slot: StreamSlot;
  /** The seq the client has: the changes after it are sent first. */
  from: number;
  /** The client named no seq: tell it the one it starts from, so that a reconnect resumes there. */
  announceStart: boolean;
  hub: ChangeHub;
  /** The request's: aborted when the client goes. */
  signal: AbortSignal;
  /** When the token that opened it lapses (ms since the epoch): the stream ends then, never outliving it. */
  endsAt?: number;
  /** Whether what the token was issued for (a session, an access token) has ended since: asked at each heartbeat. */
  revoked?: () => Promise<boolean>;
}

// Past this much unread by the client, the stream stops reading the log until the client catches up.
const HIGH_WATER_BYTES = 64 * 1024;
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * One client's Server-Sent Events: a `retry:` hint, the changes after `from`, then each new change as the
 * hub wakes it. It reads the log one page at a time and no faster than the client takes them; a read that
 * fails (the database away) is tried again with backoff, from where it stood, so nothing is skipped.
 * It ends when the client goes, the hub stops, the token that opened it expires (a revoked access token's
 * stream must stop within its JWT's lifetime; the client reconnects at once with a new one) or what that token
 * was issued for ends (a session signed out, an access token revoked: seen at the next heartbeat), or the log no
 * longer holds where it stands (the client's reconnect then gets 410).
 */
export function changeStream({
  slot,
  from,
  announceStart,
  hub,
  signal,
  endsAt,
  revoked,
}: ChangeStreamOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let controller: ReadableStreamDefaultController<Uint8Array>;
  let cursor = from;
  let closed = false;
  let reading = false;
  let again = false;
  let failures = 0;
  let retry: NodeJS.Timeout | undefined;
  let expiry: NodeJS.Timeout | undefined;
  let room: (() => void) | null = null;
  // Past the first read (the replay), each change read is a live one: its delivery's lag is measured.
  let live = false;
  const opened = performance.now();

  const send = (text: string) => {
    if (!closed && text) controller.enqueue(encoder.encode(text));
  };
  const roomForMore = () =>
    (controller.desiredSize ?? 0) > 0 || closed
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          room = resolve;
        });

  async function readOn() {
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    try {
      do {
        again = false;
        for (let more = true; more && !closed; ) {
          const page = await listChanges(getDb(), slot.userId, { since: cursor, limit: CHANGES_LIMIT_MAX });
          const events = page.changes.map((entry) => changeEvent(toChange(entry))).join("");
          const skipped = page.next !== cursor && page.next !== page.changes.at(-1)?.seq;
          send(events + (skipped ? positionMessage(page.next) : ""));
          if (live) observeLag(page.changes);
          cursor = page.next;
          more = page.hasMore;
          if (more) await roomForMore();
        }
      } while (again && !closed);
      failures = 0;
      live = true;
    } catch (error) {
      if (error instanceof ChangesGoneError) return finish("gone");
      failures++;
      log("warn", "change_stream_read_failed", { error: errorForLog(error) });
      clearTimeout(retry);
      retry = setTimeout(() => void readOn(), Math.min(10_000, 250 * 2 ** failures));
    } finally {
      reading = false;
    }
  }

  const subscriber: Subscriber = {
    slot,
    wake: (head) => {
      if (head === undefined || head > cursor) void readOn();
    },
    heartbeat: () => {
      send(commentMessage("keep-alive"));
      // Unknown while the database is away: the next keep-alive asks again.
      revoked?.().then(
        (ended) => ended && endForToken("credential_revoked"),
        () => {},
      );
    },
    end: (retryMs) => {
      send(retryMessage(retryMs));
      finish("shutdown");
    },
  };

  function finish(reason: string) {
    if (closed) return;
    closed = true;
    clearTimeout(retry);
    clearTimeout(expiry);
    room?.();
    signal.removeEventListener("abort", onAbort);
    hub.remove(subscriber);
    openEventStreams().dec();
    try {
      controller.close();
    } catch {
      // Already closed or cancelled by the client.
    }
    log("debug", "change_stream_closed", { reason, ms: Math.round(performance.now() - opened) });
  }
  const onAbort = () => finish("client");
  // Timers fire at once past 2^31 - 1 ms (24.8 days): a longer wait is taken in steps.
  const endAtExpiry = () => {
    if (endsAt === undefined) return;
    const left = endsAt - Date.now();
    if (left > MAX_TIMER_MS) expiry = setTimeout(endAtExpiry, MAX_TIMER_MS);
    else expiry = setTimeout(() => endForToken("token_expired"), Math.max(0, left));
  };
  // The client reconnects at once, with a new token if it can get one.
  function endForToken(reason: string) {
    if (closed) return;
    send(retryMessage(0));
    finish(reason);
  }

  return new ReadableStream<Uint8Array>(
    {
      start(streamController) {
        controller = streamController;
        send(retryMessage(RECONNECT_MS) + (announceStart ? positionMessage(cursor) : ""));
        signal.addEventListener("abort", onAbort, { once: true });
        hub.add(subscriber);
        openEventStreams().inc();
        endAtExpiry();
        void readOn();
      },
      pull() {
        room?.();
        room = null;
      },
      cancel() {
        finish("client");
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: HIGH_WATER_BYTES }),
  );
}

function observeLag(changes: readonly { committedAt: Date }[]): void {
  if (changes.length === 0) return;
  const histogram = changeDeliveryLag();
  const now = Date.now();
  for (const change of changes) histogram.observe(Math.max(0, now - change.committedAt.getTime()) / 1000);
}
