import type { BrowserContext, Page } from "@playwright/test";
import { migrateUpAt } from "@todo/db/migrate";
import { type AppServer, startAppServer } from "@todo/test-support/app-server";
import { createTestDatabase } from "@todo/test-support/test-database";
import { test as base, expect } from "./support/fixtures";
import { tasksPage } from "./support/tasks-page";
import { WEB_DIR } from "./support/web-dir";

// Two app instances on one database (each on a free port), as two servers behind a load balancer: each device
// talks to its own.
// Within a second, as the design says; the rest is the browser's own time to draw it on a busy machine.
const LIVE = { timeout: 3_000 };

const test = base.extend<{ deviceB: (page?: Page) => Promise<Page> }, { apps: { a: AppServer; b: AppServer } }>({
  apps: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      const database = await createTestDatabase("todo_e2e_live", { setUp: migrateUpAt });
      try {
        const [a, b] = await Promise.all([
          startAppServer(WEB_DIR, { DATABASE_URL: database.url }),
          startAppServer(WEB_DIR, { DATABASE_URL: database.url }),
        ]);
        try {
          await use({ a, b });
        } finally {
          await Promise.all([a.stop(), b.stop()]);
        }
      } finally {
        await database.drop();
      }
    },
    { scope: "worker", timeout: 90_000 },
  ],

  baseURL: async ({ apps }, use) => {
    await use(apps.a.url);
  },

  // The same user on a second device (a browser context of its own) whose requests go to instance B.
  deviceB: async ({ browser, apps, user, consoleGuard }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async () => {
      const context = await browser.newContext({
        baseURL: apps.b.url,
        extraHTTPHeaders: { "X-Forwarded-For": user.ip },
      });
      contexts.push(context);
      consoleGuard.watchContext(context);
      await context.addCookies(user.cookies);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },
});

const notLive = (page: Page) => page.getByRole("button", { name: /^Not live/ });

test("two devices on two instances see each other's adds, edits, completions and deletions", async ({
  page,
  deviceB,
}) => {
  const a = tasksPage(page);
  const b = tasksPage(await deviceB());
  await a.goto();
  await b.goto();

  await a.add("Buy milk");
  await expect(b.item("Buy milk")).toBeVisible(LIVE);
  // Its own write's echo comes back to A too: still one row.
  await expect(a.item("Buy milk")).toHaveCount(1);
  await expect(b.itemsLeft).toHaveText("1 item left", LIVE);

  await b.rename("Buy milk", "Buy oat milk");
  await expect(a.item("Buy oat milk")).toBeVisible(LIVE);
  await expect(a.item("Buy milk")).toHaveCount(0);

  await a.checkbox("Buy oat milk").click();
  await expect(b.completedList.getByRole("listitem")).toHaveText([/^Buy oat milk/], LIVE);
  await expect(b.itemsLeft).toHaveText("0 items left", LIVE);

  await b.checkbox("Buy oat milk").click();
  await expect(a.list.getByRole("listitem")).toHaveText([/^Buy oat milk/], LIVE);

  // A deletion is sent once its undo offer runs out; from then on, within a second.
  const pageB = b.region.page();
  await (await b.menu("Buy oat milk")).getByRole("menuitem", { name: "Delete" }).click();
  await pageB.waitForResponse((r) => r.request().method() === "DELETE", { timeout: 15_000 });
  await expect(a.item("Buy oat milk")).toHaveCount(0, LIVE);
  await expect(notLive(page)).toHaveCount(0);
});

test("moves show on the other device: into another list, and a new place in the order", async ({
  page,
  user,
  deviceB,
}) => {
  const errands = await user.createList("Errands");
  await user.createTasks([{ title: "Third" }, { title: "Second" }, { title: "First" }]);
  const a = tasksPage(page);
  const pageB = await deviceB();
  const b = tasksPage(pageB);
  await a.goto();
  await b.goto();
  await expect(b.list.getByRole("listitem")).toHaveText([/^First/, /^Second/, /^Third/]);

  await a.title("First").focus();
  await page.keyboard.press("Alt+ArrowDown");
  await expect(a.list.getByRole("listitem")).toHaveText([/^Second/, /^First/, /^Third/]);
  await expect(b.list.getByRole("listitem")).toHaveText([/^Second/, /^First/, /^Third/], LIVE);

  // B looks at Errands; A moves a task into it.
  await pageB.goto(`/lists/${errands.id}`);
  await expect(b.list).toHaveCount(0);
  const menu = await a.menu("Third");
  await menu.getByRole("menuitem", { name: "Move to…" }).click();
  await page.getByRole("menuitem", { name: "Errands" }).click();
  await expect(a.item("Third")).toHaveCount(0);
  await expect(b.list.getByRole("listitem")).toHaveText([/^Third/], LIVE);
  // The sidebar's counts follow too.
  await expect(pageB.getByRole("navigation", { name: "Lists" }).getByRole("link", { name: /^Errands/ })).toContainText(
    "1",
    LIVE,
  );
});

test("a device that was offline says it is not live, and catches up when back", async ({
  page,
  user,
  deviceB,
  consoleGuard,
}) => {
  // Chromium logs the requests that fail while offline.
  consoleGuard.allow(/ERR_INTERNET_DISCONNECTED|Failed to fetch|ERR_NETWORK_CHANGED/);
  await user.createTasks([{ title: "Water the plants" }]);
  const a = tasksPage(page);
  const pageB = await deviceB();
  const b = tasksPage(pageB);
  await a.goto();
  await b.goto();
  await expect(notLive(pageB)).toHaveCount(0);

  await pageB.context().setOffline(true);
  await expect(notLive(pageB)).toBeVisible(LIVE);
  await a.add("Call the plumber");
  await a.rename("Water the plants", "Water the ferns");
  await a.checkbox("Water the ferns").click();
  await expect(b.item("Call the plumber")).toHaveCount(0);

  await pageB.context().setOffline(false);
  await expect(b.item("Call the plumber")).toBeVisible(LIVE);
  await expect(b.completedList.getByRole("listitem")).toHaveText([/^Water the ferns/], LIVE);
  await expect(notLive(pageB)).toHaveCount(0, LIVE);
});

test("two tabs of one browser keep each other current", async ({ page, context, user: _ }) => {
  const one = tasksPage(page);
  const two = tasksPage(await context.newPage());
  await one.goto();
  await two.goto();

  await one.add("Plan the trip");
  await expect(two.item("Plan the trip")).toBeVisible(LIVE);
  await two.checkbox("Plan the trip").click();
  await expect(one.completedList.getByRole("listitem")).toHaveText([/^Plan the trip/], LIVE);
  await expect(one.item("Plan the trip")).toHaveCount(1);
});

test("a task changed elsewhere while open in its details: the panel says so, and saving asks", async ({
  page,
  user,
  deviceB,
}) => {
  await user.createTasks([{ title: "Write the report" }]);
  const a = tasksPage(page);
  const pageB = await deviceB();
  const b = tasksPage(pageB);
  await a.goto();
  await b.goto();

  // Untouched, the panel follows the other device's change.
  const details = await b.openDetails("Write the report");
  await a.rename("Write the report", "Write the annual report");
  await expect(details.getByLabel("Title")).toHaveValue("Write the annual report", LIVE);

  // Edited here, it keeps the edit and says the task changed.
  await details.getByLabel("Description").fill("Figures from finance");
  await a.rename("Write the annual report", "Write the yearly report");
  await expect(details.getByRole("status").filter({ hasText: "changed elsewhere" })).toBeVisible(LIVE);
  await expect(details.getByLabel("Description")).toHaveValue("Figures from finance");

  await details.getByRole("button", { name: "Save" }).click();
  const dialog = pageB.getByRole("dialog", { name: "This task changed elsewhere" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("rowheader")).toHaveText(["Description"]);
  await dialog.getByRole("button", { name: "Apply my change" }).click();
  await expect(dialog).toBeHidden();

  // Both changes kept: A's title, B's description.
  const reopened = await a.openDetails("Write the yearly report");
  await expect(reopened.getByLabel("Description")).toHaveValue("Figures from finance", LIVE);
});

test("a task deleted elsewhere while open in its details: the page says so, and a change not saved can be kept", async ({
  page,
  user,
}) => {
  const [flights, lease] = await user.createTasks([{ title: "Book the flights" }, { title: "Renew the lease" }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  const details = page.getByRole("dialog", { name: "Task details" });

  // Deleted once the details have read the task's subtasks (read after, they are a 404 the browser logs).
  const subtasksRead = (id = 0) => page.waitForResponse((r) => r.url().includes(`parentId=${id}&`));

  // Nothing changed in them: the details close, saying why.
  const flightsRead = subtasksRead(flights?.id);
  await tasks.openDetails("Book the flights");
  await flightsRead;
  await user.deleteTask(flights?.id ?? 0);
  await expect(details).toHaveCount(0, LIVE);
  await expect(tasks.toast("This task was deleted elsewhere")).toContainText("Book the flights");

  // A change held: it is not lost unsaid, and can be kept as a new task.
  const leaseRead = subtasksRead(lease?.id);
  const open = await tasks.openDetails("Renew the lease");
  await leaseRead;
  await open.getByLabel("Title").fill("Renew the lease for two years");
  await open.getByLabel("Description").fill("Ask about the deposit");
  await user.deleteTask(lease?.id ?? 0);
  await expect(details).toHaveCount(0, LIVE);
  const toast = tasks.toast("Renew the lease for two years");
  await expect(toast).toContainText("This task was deleted elsewhere");
  await toast.getByRole("button", { name: "Keep as a new task" }).click();
  await expect(tasks.item("Renew the lease for two years")).toBeVisible();
  await expect(tasks.item("Renew the lease")).toHaveCount(0);
  const kept = await tasks.openDetails("Renew the lease for two years");
  await expect(kept.getByLabel("Description")).toHaveValue("Ask about the deposit");
});
