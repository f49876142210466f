import AxeBuilder from "@axe-core/playwright";
import type { CDPSession, Page } from "@playwright/test";
import type { TestSubscription } from "@todo/test-support/push-service";
import { TEST_VAPID } from "@todo/test-support/vapid-keys";
import { expect, test } from "./support/fixtures";
import { pushesTo, standInSubscription } from "./support/push";
import { tasksPage } from "./support/tasks-page";

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
}

/** Counts the page's calls of `Notification.requestPermission`: the app must ask only when the user turns them on. */
async function countPermissionRequests(page: Page) {
  await page.addInitScript(() => {
    const asked = { count: 0 };
    const request = Notification.requestPermission.bind(Notification);
    Object.assign(window, { permissionRequests: asked });
    Notification.requestPermission = (...args) => {
      asked.count += 1;
      return request(...args);
    };
  });
  return () =>
    page.evaluate(() => (window as unknown as { permissionRequests: { count: number } }).permissionRequests.count);
}

/**
 * Turns notifications on in Settings. Subscribing needs the browser vendor's push service, which a test
 * cannot have (none is reachable here, and Chromium refuses push in a test's private profile, logging why):
 * it ends in the error the user sees then.
 */
async function turnOnNotifications(page: Page, consoleGuard: { allow: (...patterns: RegExp[]) => void }) {
  consoleGuard.allow(/does not support the Push API in incognito mode/);
  const section = page.getByRole("region", { name: "Notifications", exact: true });
  const toggle = section.getByRole("switch", { name: "Notifications on this device" });
  await expect(section.getByRole("status")).toHaveText(
    "Off on this device. Reminders show only in the page, while the app is open.",
  );
  await toggle.click();
  await expect(section.getByRole("alert")).toContainText("Your browser's push service could not be reached", {
    timeout: 30_000,
  });
  return { section, toggle };
}

/**
 * Makes the page's `pushManager` subscribe as a browser whose push service is the stand-in (Chromium's own cannot
 * in a test): it hands out `subscription`, and keeps the `applicationServerKey` it was given for the test to read.
 */
async function subscribeAtStandIn(page: Page, subscription: TestSubscription) {
  await page.addInitScript((stub) => {
    const seen = { applicationServerKey: "" };
    Object.assign(window, { pushStub: seen });
    let current: PushSubscription | null = null;
    PushManager.prototype.subscribe = async (options?: PushSubscriptionOptionsInit) => {
      const key = options?.applicationServerKey as ArrayBuffer | ArrayBufferView;
      const bytes = ArrayBuffer.isView(key)
        ? new Uint8Array(key.buffer, key.byteOffset, key.byteLength)
        : new Uint8Array(key);
      seen.applicationServerKey = btoa(String.fromCharCode(...bytes))
        .replace(/\+/g, "-")
        .replace(/\//g, "_")
        .replace(/=+$/, "");
      current = {
        endpoint: stub.endpoint,
        expirationTime: null,
        options,
        getKey: () => null,
        toJSON: () => ({ endpoint: stub.endpoint, expirationTime: null, keys: stub.keys }),
        unsubscribe: async () => {
          current = null;
          return true;
        },
      } as unknown as PushSubscription;
      return current;
    };
    PushManager.prototype.getSubscription = async () => current;
  }, subscription);
  return () => page.evaluate(() => (window as unknown as { pushStub: { applicationServerKey: string } }).pushStub);
}

/** The service worker's registration as Chromium's DevTools know it, to deliver a push message to it. */
async function registrationId(cdp: CDPSession, origin: string): Promise<string> {
  const found = new Promise<string>((resolve) =>
    cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
      const ours = registrations.find((r) => r.scopeURL === `${origin}/` && !r.isDeleted);
      if (ours) resolve(ours.registrationId);
    }),
  );
  await cdp.send("ServiceWorker.enable");
  return found;
}

test("turning notifications on asks permission only then, registers the service worker, and says the push service is unreachable", async ({
  page,
  context,
  baseURL,
  user: _,
  consoleGuard,
}) => {
  await context.grantPermissions(["notifications"], { origin: baseURL });
  const permissionRequests = await countPermissionRequests(page);
  const response = await page.goto("/settings");
  expect(response?.headers()["content-security-policy"]).toContain("worker-src 'self'");
  await expect(page.getByRole("heading", { name: "Notifications", level: 2 })).toBeVisible();
  expect(await permissionRequests()).toBe(0);

  const { section, toggle } = await turnOnNotifications(page, consoleGuard);
  expect(await permissionRequests()).toBe(1);
  // It stays off, says so, and offers no test for a subscription it does not have.
  await expect(toggle).not.toBeChecked();
  await expect(toggle).toBeEnabled();
  await expect(section.getByRole("status")).toHaveText(
    "Off on this device. Reminders show only in the page, while the app is open.",
  );
  await expect(section.getByRole("button", { name: "Send a test notification" })).toHaveCount(0);

  const worker = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return { scope: registration.scope, script: registration.active?.scriptURL, state: registration.active?.state };
  });
  expect(worker).toEqual({ scope: `${baseURL}/`, script: `${baseURL}/sw.js`, state: "activated" });
  await expectNoAxeViolations(page);
});

test("a push message shows a notification per task, and an open page a toast whose Open opens the task", async ({
  page,
  context,
  baseURL,
  user,
  consoleGuard,
}) => {
  const [task] = await user.createTasks([{ title: "Water the plants", dueDate: "2099-06-01", dueTime: "08:30" }]);
  if (!task) throw new Error("no task");
  await context.grantPermissions(["notifications"], { origin: baseURL });
  await page.goto("/settings");
  await turnOnNotifications(page, consoleGuard);

  const tasks = tasksPage(page);
  await tasks.goto();
  await expect(tasks.item("Water the plants")).toBeVisible();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  const cdp = await context.newCDPSession(page);
  const message = {
    type: "reminder",
    taskId: task.id,
    title: "Water the plants",
    dueDate: "2099-06-01",
    dueTime: "08:30",
    url: `/?task=${task.id}`,
  };
  await cdp.send("ServiceWorker.deliverPushMessage", {
    origin: baseURL as string,
    registrationId: await registrationId(cdp, baseURL as string),
    data: JSON.stringify(message),
  });

  const toast = tasks.toast("Water the plants");
  await expect(toast).toContainText("Reminder · due");
  const notifications = await page.evaluate(async () =>
    (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({
      title: n.title,
      body: n.body,
      tag: n.tag,
      data: n.data,
    })),
  );
  expect(notifications).toEqual([
    {
      title: "Water the plants",
      body: "Due Mon, Jun 1 at 08:30",
      tag: `task-${task.id}`,
      data: { url: `/?task=${task.id}` },
    },
  ]);

  await toast.getByRole("button", { name: "Open" }).click();
  await expect(page.getByRole("dialog", { name: "Task details" }).getByLabel("Title")).toHaveValue("Water the plants");
});

test("a reminder's link opens its task's details", async ({ page, user }) => {
  const [task] = await user.createTasks([{ title: "Renew the passport", dueDate: "2099-01-10" }]);
  await page.goto(`/?task=${task?.id}`);
  await expect(page.getByRole("dialog", { name: "Task details" }).getByLabel("Title")).toHaveValue(
    "Renew the passport",
  );
  await expect(page).toHaveURL(/\/$/);
});

test("notifications the browser refuses: the section says they are blocked and where to allow them", async ({
  page,
  user: _,
}) => {
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Notifications", exact: true });
  const toggle = section.getByRole("switch", { name: "Notifications on this device" });
  await toggle.click();
  // A test's browser answers a permission it was not granted with "denied", as a user's Block does.
  await expect(section.getByRole("alert")).toHaveText(
    "Notifications are blocked for this site. Allow them in your browser's site settings.",
  );
  await expect(section.getByRole("status")).toHaveText(
    "Notifications are blocked for this site in your browser. Allow them in the site settings (the icon beside the address), then reload this page.",
  );
  await expect(toggle).toBeDisabled();
  await expect(toggle).not.toBeChecked();
});

test("subscribed at a push service (the stand-in): on, a test notification that arrives there, and off again", async ({
  page,
  context,
  baseURL,
  user,
}) => {
  const subscription = await standInSubscription();
  const stub = await subscribeAtStandIn(page, subscription);
  await context.grantPermissions(["notifications"], { origin: baseURL });
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Notifications", exact: true });
  const toggle = section.getByRole("switch", { name: "Notifications on this device" });
  const test = section.getByRole("button", { name: "Send a test notification" });
  await expect(section.getByRole("status")).toHaveText(
    "Off on this device. Reminders show only in the page, while the app is open.",
  );

  await toggle.click();
  await expect(section.getByRole("status")).toHaveText(
    "On: this device gets your reminders, even when the app is closed.",
  );
  await expect(toggle).toBeChecked();
  await expect(page.getByText("Notifications turned on")).toBeVisible();
  // Subscribed with the server's key, and the server keeps the subscription.
  expect(await stub()).toEqual({ applicationServerKey: TEST_VAPID.publicKey });
  expect(await user.pushEndpoints()).toEqual([subscription.endpoint]);

  await test.click();
  await expect(page.getByText("Test notification sent")).toBeVisible();
  const [received, ...more] = await pushesTo(subscription.endpoint);
  expect([received?.payload, received?.vapid.publicKey, more]).toEqual([
    { type: "test", title: "Notifications are on", url: "/" },
    TEST_VAPID.publicKey,
    [],
  ]);

  await toggle.click();
  await expect(section.getByRole("status")).toHaveText(
    "Off on this device. Reminders show only in the page, while the app is open.",
  );
  await expect(toggle).not.toBeChecked();
  await expect(test).toHaveCount(0);
  expect(await user.pushEndpoints()).toEqual([]);
});
