import "server-only";
import { randomUUID } from "node:crypto";
import { checkSince, closeStreamSlots, logPosition, openStreamSlot, TooManyStreamsError } from "@todo/db";
import { getDb } from "../db";
import { ShuttingDownError } from "../http/errors";
import { rateLimitRefusals } from "../metrics/operations-metrics";
import { getChangeHub } from "./change-hub";
import { type ChangeStreamOptions, changeStream } from "./change-stream";
import { SLOT_TTL_SECONDS, STREAMS_PER_USER } from "./stream-settings";

const EVENT_STREAM_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  // no-transform: the server's own compression (and any proxy's) would hold events back in its buffer.
  "Cache-Control": "no-store, no-transform",
  // nginx and its kind buffer responses unless told not to.
  "X-Accel-Buffering": "no",
};

/**
 * Opens the user's live stream from `since` (a seq the client has, or `now`): registered across every
 * instance first (TooManyStreamsError past 10), then 410 (ChangesGoneError) when the log cannot replay from
 * `since`, else the stream, which ends at `token.endsAt` (the expiry of the token that opened it) or once
 * `token.revoked` says its session ended. HEAD answers as GET
 * would begin, without a stream or a place.
 */
export async function openChangeStream(
  request: Request,
  userId: string,
  since: number | "now",
  token: Pick<ChangeStreamOptions, "endsAt" | "revoked"> = {},
): Promise<Response> {
  if (request.method === "HEAD") {
    if (since !== "now") checkSince(since, await logPosition(getDb(), userId));
    return new Response(null, { headers: EVENT_STREAM_HEADERS });
  }
  const hub = getChangeHub();
  if (hub.stopping) throw new ShuttingDownError();
  const slot = { id: randomUUID(), userId };
  const position = await openStreamSlot(getDb(), slot, { max: STREAMS_PER_USER, ttlSeconds: SLOT_TTL_SECONDS }).catch(
    (error: unknown) => {
      if (error instanceof TooManyStreamsError) rateLimitRefusals().labels("streams").inc();
      throw error;
    },
  );
  const from = since === "now" ? position.head : since;
  try {
    checkSince(from, position);
  } catch (error) {
    await closeStreamSlots(getDb(), [slot.id]).catch(() => {});
    throw error;
  }
  const body = changeStream({ slot, from, announceStart: since === "now", hub, signal: request.signal, ...token });
  return new Response(body, { headers: EVENT_STREAM_HEADERS });
}
