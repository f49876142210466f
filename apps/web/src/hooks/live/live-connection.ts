import type { QueryClient } from "@tanstack/react-query";
import { streamChanges } from "@/lib/change-stream";
import { forgetSessionToken, SessionEndedError, TokenRefusedError } from "@/lib/session-token";
import { whenIdle } from "@/lib/when-idle";
import { changeApplier } from "./apply-change";
import { livePositionKey } from "./live-position-query";
import { onReconnectNow, setLiveStatus } from "./live-status";
import { BACKOFF_MAX_MS, reconnectDelay, type StreamFailure } from "./reconnect-delay";
import { refetchOlderThan } from "./refetch-older-than";

// A stream that ends (a server restarting) is back within its `retry:`; only after this long is it shown down.
const DOWN_AFTER_MS = 4_000;
// How long the stream's start may wait for the browser to be idle after the page loads.
const START_WITHIN_MS = 1_000;
// A tab hidden this long lets its stream go (the server holds 10 per user); it catches up when shown again.
const HIDDEN_FOR_MS = 60_000;

/**
 * The tab's one change stream for a user, feeding each change into the cache. It reconnects from the last
 * seq it received (after a network cut, a server restart, a sleep), starts afresh from now when the server
 * no longer holds that seq (410) and refetches what was read before, after a refusal (the stream's or its token's)
 * waits what its Retry-After asks (a 503 while the database is away, a 429) or else backs off (`reconnectDelay`), and lets
 * go while the browser is offline or the tab hidden for long. It starts where the log stood when the page's
 * data was read on the server, when the page came with it (nothing to refetch then); else from now. Returns
 * what closes it (once; calling it again does nothing).
 */
export function openLiveConnection(client: QueryClient, userId: string): () => void {
  const apply = changeApplier(client, userId);
  let since: number | "now" = client.getQueryData<number>(livePositionKey(userId)) ?? "now";
  // Good for this first stream only: a later one starts from where this one got to.
  client.removeQueries({ queryKey: livePositionKey(userId), exact: true });
  let closed = false;
  let hiddenLong = false;
  let stream: AbortController | null = null;
  let wake: (() => void) | null = null;
  let hiddenTimer: ReturnType<typeof setTimeout> | undefined;
  let downTimer: ReturnType<typeof setTimeout> | undefined;

  const down = (after = 0) => {
    downTimer ??= setTimeout(() => setLiveStatus("down"), after);
  };
  const settle = (status: "live" | "connecting") => {
    clearTimeout(downTimer);
    downTimer = undefined;
    setLiveStatus(status);
  };
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      wake = done;
    });
  const paused = () => hiddenLong || !navigator.onLine;

  /** One stream, until it ends: how long to wait before the next, null for at once; why, when it did not open. */
  async function follow(): Promise<number | null | StreamFailure> {
    stream = new AbortController();
    const openedAt = Date.now();
    let fresh = since === "now";
    const { signal } = stream;
    const open = () => streamChanges(userId, { since, signal });
    let result = await open();
    if (!result.ok && result.problem.status === 401) {
      // The token may have expired early (a device clock behind the server's): one more try at once with a new
      // one, as every request gets (lib/api-call.ts), so the stream comes back without a backoff's gap.
      forgetSessionToken();
      result = await open();
    }
    if (!result.ok) {
      const { status } = result.problem;
      if (status === 401) forgetSessionToken();
      if (status === 410) {
        // The log no longer reaches back to what this tab has: from now on, and what was read before refetched.
        since = "now";
        return null;
      }
      return { status, retryAfterSeconds: result.retryAfterSeconds };
    }
    let retry = 3_000;
    try {
      for await (const message of result.data) {
        settle("live");
        if (message.kind === "retry") retry = message.ms;
        else if (message.kind === "position") since = message.seq;
        else {
          apply(message.change);
          since = message.change.seq;
        }
        if (fresh && since !== "now") {
          // Started from now: what was read before the stream began may have missed a change.
          fresh = false;
          refetchOlderThan(client, userId, openedAt);
        }
      }
    } catch {
      // Aborted here, or the connection cut: the caller reconnects.
    }
    return retry;
  }

  async function run() {
    let failures = 0;
    while (!closed) {
      if (paused()) {
        if (hiddenLong) settle("connecting");
        await sleep(BACKOFF_MAX_MS);
        continue;
      }
      let next: number | null | StreamFailure;
      try {
        next = await follow();
      } catch (error) {
        if (error instanceof SessionEndedError) return setLiveStatus("down");
        // No token for the stream: the session's endpoint refused (its Retry-After is followed), or no answer.
        next =
          error instanceof TokenRefusedError
            ? { status: error.status, retryAfterSeconds: error.retryAfterSeconds }
            : { status: 0 };
      }
      stream = null;
      if (closed || paused() || next === null) continue;
      let wait: number;
      if (typeof next === "number") {
        failures = 0;
        wait = next;
        down(Math.max(DOWN_AFTER_MS, wait + 1_000));
      } else {
        // Refused or unreachable: what the server asked, else longer each time (reconnect-delay.ts).
        failures += 1;
        wait = reconnectDelay(failures, next);
        down();
      }
      await sleep(wait);
    }
  }

  const resume = () => {
    clearTimeout(hiddenTimer);
    hiddenLong = false;
    wake?.();
  };
  const onVisibility = () => {
    if (document.visibilityState === "visible") return resume();
    clearTimeout(hiddenTimer);
    hiddenTimer = setTimeout(() => {
      hiddenLong = true;
      stream?.abort();
    }, HIDDEN_FOR_MS);
  };
  const onOffline = () => {
    stream?.abort();
    down();
  };
  document.addEventListener("visibilitychange", onVisibility);
  window.addEventListener("online", resume);
  window.addEventListener("offline", onOffline);
  onReconnectNow(resume);
  // Not in the task that hydrates the page, whose effects open the stream: it starts from where the page's data was
  // read, so opening it when the browser is next idle loses nothing, and the page answers input sooner.
  const cancelStart = whenIdle(() => void run(), START_WITHIN_MS);

  return () => {
    // Once only: a later close must not unregister or reset what a newer connection set.
    if (closed) return;
    onReconnectNow(null);
    closed = true;
    cancelStart();
    stream?.abort();
    wake?.();
    clearTimeout(hiddenTimer);
    clearTimeout(downTimer);
    document.removeEventListener("visibilitychange", onVisibility);
    window.removeEventListener("online", resume);
    window.removeEventListener("offline", onOffline);
    setLiveStatus("connecting");
  };
}
