// The app's service worker: shows the reminders the server sends by Web Push (docs/decisions/023-reminders.md)
// and opens the task when one is clicked. Plain JavaScript, served as it is from /sw.js (scope "/").

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

/** "Fri, Dec 4" for a `YYYY-MM-DD` (a wall-clock date: formatted as UTC so no zone moves it). */
function dayWords(dueDate) {
  const date = new Date(`${dueDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return dueDate;
  return date.toLocaleDateString(undefined, { weekday: "short", month: "short", day: "numeric", timeZone: "UTC" });
}

/** What a push message shows: a reminder's title and due date and time, or the test message. */
function notificationOf(message) {
  if (message.type === "reminder") {
    const due = `Due ${dayWords(message.dueDate)}${message.dueTime ? ` at ${message.dueTime}` : ""}`;
    // One notification per task: a later reminder of the same task replaces the earlier one, and rings again.
    return {
      title: message.title,
      options: { body: due, tag: `task-${message.taskId}`, renotify: true, data: { url: message.url } },
    };
  }
  return {
    title: message.title,
    options: { body: "Notifications work on this device.", tag: "test", data: { url: message.url } },
  };
}

function readMessage(event) {
  try {
    const message = event.data ? event.data.json() : null;
    return message && typeof message.title === "string" && typeof message.url === "string" ? message : null;
  } catch {
    return null;
  }
}

self.addEventListener("push", (event) => {
  const message = readMessage(event);
  if (!message) return;
  const { title, options } = notificationOf(message);
  event.waitUntil(
    (async () => {
      await self.registration.showNotification(title, { icon: "/icon.svg", ...options });
      // The app's open tabs show it in the page as well (a toast with an "Open" action).
      const tabs = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      for (const tab of tabs) tab.postMessage({ kind: "push", message });
    })(),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = new URL(event.notification.data?.url ?? "/", self.location.origin);
  // Only this app's own pages: a message names a path, never another site.
  if (url.origin !== self.location.origin) return;
  event.waitUntil(
    (async () => {
      const tabs = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      const tab = tabs.find((client) => new URL(client.url).origin === self.location.origin);
      if (!tab) return self.clients.openWindow(url.href);
      const focused = await tab.focus();
      // A tab this worker controls is taken to the task; one it does not is told to open it itself.
      if ("navigate" in focused && focused.url !== url.href) {
        try {
          return await focused.navigate(url.href);
        } catch {}
      }
      focused.postMessage({ kind: "open", url: url.pathname + url.search });
    })(),
  );
});
