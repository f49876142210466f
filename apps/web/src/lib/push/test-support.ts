import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";

/** The origin the worker under test is served from. */
export const ORIGIN = "https://todo.example";

/** public/sw.js as the browser gets it: the script itself, not a copy of its logic. */
const SOURCE = readFileSync(path.resolve(import.meta.dirname, "../../../public/sw.js"), "utf8");

/** A browser tab of the app as the worker sees it (a WindowClient), recording what the worker does to it. */
export interface TabStandIn {
  url: string;
  focused: boolean;
  navigations: string[];
  messages: unknown[];
  focus: () => Promise<TabStandIn>;
  navigate?: (url: string) => Promise<TabStandIn>;
  postMessage: (message: unknown) => void;
}

/**
 * A tab at `url`. `navigate` as a controlled tab has it, or one whose navigate rejects (a tab the worker
 * does not control), or none at all (an older browser).
 */
export function tab(url: string, navigate: "navigates" | "rejects" | "absent" = "navigates"): TabStandIn {
  const client: TabStandIn = {
    url,
    focused: false,
    navigations: [],
    messages: [],
    focus: async () => {
      client.focused = true;
      return client;
    },
    postMessage: (message) => client.messages.push(message),
  };
  if (navigate === "navigates")
    client.navigate = async (to) => {
      client.navigations.push(to);
      client.url = to;
      return client;
    };
  if (navigate === "rejects")
    client.navigate = async () => {
      throw new TypeError("This service worker is not the client's active service worker.");
    };
  return client;
}

type Listener = (event: object) => void;

/**
 * Runs sw.js in a fresh context whose `self` stands in for ServiceWorkerGlobalScope with the given open
 * tabs, and dispatches events to it the way a browser does: each resolves once what it passed to
 * `waitUntil` has settled.
 */
export function startWorker(tabs: TabStandIn[] = []) {
  const listeners = new Map<string, Listener>();
  const notifications: { title: string; options: NotificationOptions }[] = [];
  const openedWindows: string[] = [];
  const calls = { skipWaiting: 0, claim: 0, matchAll: [] as unknown[] };
  const self = {
    location: { origin: ORIGIN },
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
    skipWaiting: async () => {
      calls.skipWaiting++;
    },
    registration: {
      showNotification: async (title: string, options: NotificationOptions) => {
        notifications.push({ title, options });
      },
    },
    clients: {
      matchAll: async (options: unknown) => {
        calls.matchAll.push(options);
        return tabs;
      },
      openWindow: async (url: string) => {
        openedWindows.push(url);
        return null;
      },
      claim: async () => {
        calls.claim++;
      },
    },
  };
  vm.runInNewContext(SOURCE, { self, URL }, { filename: "sw.js" });

  async function dispatch(type: string, event: object): Promise<number> {
    const listener = listeners.get(type);
    if (!listener) throw new Error(`sw.js has no "${type}" listener`);
    const pending: Promise<unknown>[] = [];
    listener({ ...event, waitUntil: (promise: Promise<unknown>) => pending.push(promise) });
    await Promise.all(pending);
    return pending.length;
  }

  /** A push whose payload is `body` (a string as sent; null for a push without a payload). */
  function push(body: string | null) {
    const data = body === null ? null : { text: () => body, json: () => JSON.parse(body) };
    return dispatch("push", { data });
  }

  /** A click on a notification that carries `data`; the returned `closed` says whether the worker closed it. */
  async function click(data: unknown) {
    const notification = {
      data,
      closed: false,
      close: () => {
        notification.closed = true;
      },
    };
    const waited = await dispatch("notificationclick", { notification });
    return { closed: notification.closed, waited };
  }

  return { dispatch, push, click, notifications, openedWindows, calls };
}
