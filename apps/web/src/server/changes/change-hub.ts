import "server-only";
import {
  changeHeads,
  closeStreamSlots,
  type Listener,
  listenForChanges,
  renewStreamSlots,
  type StreamSlot,
} from "@todo/db";
import { getDatabaseHandle, getDb } from "../db";
import { errorForLog } from "../error-for-log";
import { log } from "../log";
import { changeListenerLosses } from "../metrics/operations-metrics";
import { onShutdown } from "../shutdown/shutdown-registry";
import { HEARTBEAT_MS, IDLE_LISTENER_MS, POLL_MS, SLOT_TTL_SECONDS } from "./stream-settings";

/** One open stream, as the hub sees it. */
export interface Subscriber {
  slot: StreamSlot;
  /** The user's log may have grown (up to `head`, when known): read on from where the stream stands. */
  wake(head?: number): void;
  heartbeat(): void;
  /** The instance is stopping: end the stream, telling the client when to come back. */
  end(retryMs: number): void;
}

export interface ChangeHub {
  readonly stopping: boolean;
  add(subscriber: Subscriber): void;
  remove(subscriber: Subscriber): void;
}

/**
 * The instance's open streams, and the one way it hears of new changes: a LISTEN connection for all of them
 * (notifications name the user; in-process on the embedded database). While it does not listen — the
 * database cannot LISTEN, or the connection is away and coming back — it reads its users' log heads every
 * second instead, so changes still arrive within about a second and none committed meanwhile is missed; each
 * time the listener connects, every stream reads the log too. Every 25 s each stream gets a comment and the
 * instance renews the streams' registrations. The listener starts with the first stream and closes a minute
 * after the last one (an idle instance holds no connection, and Neon can suspend). At shutdown the streams end
 * with a `retry:` hint, their registrations released first.
 */
function createChangeHub(): ChangeHub {
  const byUser = new Map<string, Set<Subscriber>>();
  let running = false;
  let stopping = false;
  let listening = false;
  let listener: Listener | null = null;
  let timers: NodeJS.Timeout[] = [];
  let idle: NodeJS.Timeout | undefined;
  let polling = false;
  let renewalFailed = false;

  const all = () => [...byUser.values()].flatMap((subscribers) => [...subscribers]);
  const wakeUser = (userId: string, head?: number) => {
    for (const subscriber of byUser.get(userId) ?? []) subscriber.wake(head);
  };

  async function poll() {
    if (listening || polling || byUser.size === 0) return;
    polling = true;
    try {
      for (const [userId, head] of await changeHeads(getDb(), [...byUser.keys()])) wakeUser(userId, head);
    } catch (error) {
      log("warn", "change_poll_failed", { error: errorForLog(error) });
    } finally {
      polling = false;
    }
  }

  async function tick() {
    const subscribers = all();
    for (const subscriber of subscribers) subscriber.heartbeat();
    try {
      await renewStreamSlots(
        getDb(),
        subscribers.map((subscriber) => subscriber.slot),
        SLOT_TTL_SECONDS,
      );
    } catch (error) {
      renewalFailed = true;
      log("warn", "change_streams_renewal_failed", { error: errorForLog(error) });
      return;
    }
    // Registrations that lapsed meanwhile were not notified of: their streams read the log.
    if (renewalFailed) for (const subscriber of subscribers) subscriber.wake();
    renewalFailed = false;
  }

  function start() {
    running = true;
    listener = listenForChanges(getDatabaseHandle(), {
      onChange: (userId) => wakeUser(userId),
      onResume: () => {
        listening = true;
        const subscribers = all();
        log("info", "change_listener_listening", { streams: subscribers.length });
        for (const subscriber of subscribers) subscriber.wake();
      },
      onLost: (error) => {
        listening = false;
        changeListenerLosses().inc();
        log("warn", "change_listener_lost", { error: errorForLog(error) });
      },
    });
    timers = [setInterval(() => void tick(), HEARTBEAT_MS), setInterval(() => void poll(), POLL_MS)];
  }

  async function halt() {
    running = false;
    listening = false;
    for (const timer of timers) clearInterval(timer);
    clearTimeout(idle);
    const closing = listener;
    listener = null;
    await closing?.close();
  }

  async function stop() {
    stopping = true;
    const subscribers = all();
    byUser.clear();
    // Released while the open streams still hold the server up, so that the process does not exit first.
    const released = closeStreamSlots(
      getDb(),
      subscribers.map((subscriber) => subscriber.slot.id),
    ).catch((error: unknown) => log("warn", "change_streams_release_failed", { error: errorForLog(error) }));
    await Promise.race([released, new Promise((resolve) => setTimeout(resolve, 2_000))]);
    // Spread over a few seconds, so that the clients do not all reconnect to the other instances at once.
    for (const subscriber of subscribers) subscriber.end(500 + Math.random() * 2_500);
    await halt();
  }
  onShutdown("streams", "change-streams", stop);

  return {
    get stopping() {
      return stopping;
    },
    add(subscriber) {
      clearTimeout(idle);
      if (!running) start();
      const { userId } = subscriber.slot;
      const subscribers = byUser.get(userId) ?? new Set();
      subscribers.add(subscriber);
      byUser.set(userId, subscribers);
    },
    remove(subscriber) {
      const { userId, id } = subscriber.slot;
      const subscribers = byUser.get(userId);
      if (!subscribers?.delete(subscriber)) return;
      if (subscribers.size === 0) byUser.delete(userId);
      if (byUser.size === 0) idle = setTimeout(() => void halt(), IDLE_LISTENER_MS);
      closeStreamSlots(getDb(), [id]).catch((error: unknown) =>
        log("warn", "change_streams_release_failed", { error: errorForLog(error) }),
      );
    },
  };
}

const globalForHub = globalThis as typeof globalThis & { todoChangeHub?: ChangeHub };

/** The instance's one hub, kept on globalThis so that dev reloads keep its listener and streams. */
export function getChangeHub(): ChangeHub {
  globalForHub.todoChangeHub ??= createChangeHub();
  return globalForHub.todoChangeHub;
}
