import type { ReminderPush, TestPush } from "@todo/contracts";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ORIGIN, startWorker, tab } from "./test-support";

// Day names are Node's default locale here (en-US under C/en locales); in a browser they are the user's.
const reminder: ReminderPush = {
  type: "reminder",
  taskId: 7,
  title: "Pay rent",
  dueDate: "2026-12-04",
  dueTime: "09:30",
  url: "/?task=7",
};
const testPush: TestPush = { type: "test", title: "Notifications are on", url: "/" };

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("sw.js install and activate", () => {
  it("takes over at once: skips waiting on install and claims the open tabs on activate", async () => {
    const worker = startWorker();
    expect(await worker.dispatch("install", {})).toBe(0);
    expect(worker.calls.skipWaiting).toBe(1);
    expect(await worker.dispatch("activate", {})).toBe(1);
    expect(worker.calls.claim).toBe(1);
  });
});

describe("sw.js push", () => {
  it("shows a reminder with its title, due day and time, one tag per task that rings again, its url and icon", async () => {
    const worker = startWorker();
    expect(await worker.push(JSON.stringify(reminder))).toBe(1);
    expect(worker.notifications).toEqual([
      {
        title: "Pay rent",
        options: {
          icon: "/icon.svg",
          body: "Due Fri, Dec 4 at 09:30",
          tag: "task-7",
          renotify: true,
          data: { url: "/?task=7" },
        },
      },
    ]);
  });

  it("leaves the time out of a date-only reminder's body", async () => {
    const worker = startWorker();
    await worker.push(JSON.stringify({ ...reminder, dueTime: null }));
    expect(worker.notifications.map((n) => n.options.body)).toEqual(["Due Fri, Dec 4"]);
  });

  it("names the due day itself on a device in a zone behind UTC", async () => {
    vi.stubEnv("TZ", "Pacific/Honolulu");
    const worker = startWorker();
    await worker.push(JSON.stringify(reminder));
    expect(worker.notifications.map((n) => n.options.body)).toEqual(["Due Fri, Dec 4 at 09:30"]);
  });

  it("shows the test message with its own tag", async () => {
    const worker = startWorker();
    await worker.push(JSON.stringify(testPush));
    expect(worker.notifications).toEqual([
      {
        title: "Notifications are on",
        options: { icon: "/icon.svg", body: "Notifications work on this device.", tag: "test", data: { url: "/" } },
      },
    ]);
  });

  it("shows nothing for a push without a payload, with a payload that is not JSON, or without a title or url", async () => {
    const open = tab(`${ORIGIN}/`);
    const worker = startWorker([open]);
    const { title: _title, ...untitled } = reminder;
    const { url: _url, ...unaddressed } = reminder;
    for (const body of [null, "", "not json {", "null", "[]", JSON.stringify(untitled), JSON.stringify(unaddressed)])
      expect(await worker.push(body), String(body)).toBe(0);
    expect(worker.notifications).toEqual([]);
    expect(open.messages).toEqual([]);
  });

  it("tells every open tab of the app, after showing the notification", async () => {
    const tabs = [tab(`${ORIGIN}/`), tab(`${ORIGIN}/settings`)];
    const worker = startWorker(tabs);
    await worker.push(JSON.stringify(reminder));
    expect(worker.calls.matchAll).toEqual([{ type: "window", includeUncontrolled: true }]);
    for (const open of tabs) expect(open.messages).toEqual([{ kind: "push", message: reminder }]);
    expect(worker.notifications).toHaveLength(1);
  });
});

describe("sw.js notificationclick", () => {
  it("opens the url on the app's origin when no tab is open, and closes the notification", async () => {
    const worker = startWorker();
    expect(await worker.click({ url: "/?task=7" })).toEqual({ closed: true, waited: 1 });
    expect(worker.openedWindows).toEqual([`${ORIGIN}/?task=7`]);
  });

  it("opens the app's home for a notification without a url", async () => {
    const worker = startWorker();
    expect(await worker.click(null)).toEqual({ closed: true, waited: 1 });
    expect(worker.openedWindows).toEqual([`${ORIGIN}/`]);
  });

  it("focuses an open tab and navigates it to the url instead of opening another", async () => {
    const open = tab(`${ORIGIN}/settings`);
    const worker = startWorker([open]);
    expect(await worker.click({ url: "/?task=7" })).toEqual({ closed: true, waited: 1 });
    expect(open.focused).toBe(true);
    expect(open.navigations).toEqual([`${ORIGIN}/?task=7`]);
    expect(open.messages).toEqual([]);
    expect(worker.openedWindows).toEqual([]);
  });

  it("asks a focused tab to open the task itself when navigating it fails or it cannot navigate", async () => {
    for (const navigate of ["rejects", "absent"] as const) {
      const open = tab(`${ORIGIN}/settings`, navigate);
      const worker = startWorker([open]);
      expect(await worker.click({ url: "/?task=7" })).toEqual({ closed: true, waited: 1 });
      expect(open.focused, navigate).toBe(true);
      expect(open.messages, navigate).toEqual([{ kind: "open", url: "/?task=7" }]);
      expect(worker.openedWindows, navigate).toEqual([]);
    }
  });

  it("does not reload a tab already on the url: focuses it and asks it to open the task", async () => {
    const open = tab(`${ORIGIN}/?task=7`);
    const worker = startWorker([open]);
    await worker.click({ url: "/?task=7" });
    expect(open.focused).toBe(true);
    expect(open.navigations).toEqual([]);
    expect(open.messages).toEqual([{ kind: "open", url: "/?task=7" }]);
  });

  it("opens nothing for a url on another origin, and still closes the notification", async () => {
    for (const url of ["https://evil.example/phish", "//evil.example/phish"]) {
      const open = tab(`${ORIGIN}/`);
      const worker = startWorker([open]);
      expect(await worker.click({ url }), url).toEqual({ closed: true, waited: 0 });
      expect(worker.openedWindows, url).toEqual([]);
      expect(worker.calls.matchAll, url).toEqual([]);
      expect(open, url).toMatchObject({ focused: false, navigations: [], messages: [] });
    }
  });
});
