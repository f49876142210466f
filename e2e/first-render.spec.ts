import type { Browser, Page } from "@playwright/test";
import { routeChunks } from "./support/chunks";
import { dateIn, expect, type TestUser, test } from "./support/fixtures";
import { gotoUntilQuiet } from "./support/network-quiet";
import { tasksPage } from "./support/tasks-page";

// The tasks pages are drawn by the server with their data (decision 025): the first HTML already
// shows the tasks, and the browser asks for none of it again.

/** A page of `user`'s in a browser that runs no JavaScript: what the server's HTML shows by itself. */
async function htmlOnly(browser: Browser, baseURL: string, user: TestUser, locale = "en-US"): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    javaScriptEnabled: false,
    locale,
    extraHTTPHeaders: { "X-Forwarded-For": user.ip },
  });
  await context.addCookies(user.cookies);
  return context.newPage();
}

/** The API reads a tasks page's first render needs: its lists, settings and tasks. */
const isPageRead = (method: string, url: URL) =>
  method === "GET" && /^\/api\/[^/]+\/(tasks|lists|settings)$/.test(url.pathname);

test("the first HTML of / holds the tasks, the completed ones, the lists and the count", async ({
  page,
  user,
  browser,
  baseURL,
}) => {
  await user.createTasks([{ title: "Water the ferns" }, { title: "Repot the cactus", completed: true }]);
  await user.createList("Garden");
  const response = await page.request.get("/");
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain("Water the ferns");
  expect(html).toContain("Repot the cactus");

  const plain = await htmlOnly(browser, baseURL as string, user);
  await plain.goto("/");
  const tasks = tasksPage(plain);
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Water the ferns/]);
  await expect(tasks.completedList.getByRole("listitem")).toHaveText([/^Repot the cactus/]);
  await expect(tasks.itemsLeft).toHaveText("1 item left");
  await expect(plain.getByRole("link", { name: /^Garden/ }).first()).toBeAttached();
  await plain.context().close();
});

test("Today is drawn by the server in the user's time zone, and a list page with its filters", async ({
  user,
  browser,
  baseURL,
}) => {
  // Kiritimati is 14 hours ahead of UTC: its today is often the machine's tomorrow.
  const zone = "Pacific/Kiritimati";
  await user.setTimeZone(zone);
  const list = await user.createList("Errands");
  await user.createTasks([
    { title: "Due there today", dueDate: dateIn(zone) },
    { title: "Due there tomorrow", dueDate: dateIn(zone, 1) },
    { title: "Post the letter", listId: list.id, priority: "high" },
    { title: "Buy stamps", listId: list.id },
  ]);
  const plain = await htmlOnly(browser, baseURL as string, user);
  const tasks = tasksPage(plain);
  await plain.goto("/today");
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Due there today/]);
  await expect(tasks.due("Due there today")).toHaveText(/Today$/);

  await plain.goto(`/lists/${list.id}?priority=high`);
  await expect(plain.getByRole("heading", { level: 1 })).toHaveText("Errands");
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Post the letter/]);
  await plain.context().close();
});

test("a page load asks the API for none of what its first render shows", async ({ page, user }) => {
  const list = await user.createList("Errands");
  await user.createTasks([
    { title: "Fetched once", dueDate: dateIn("UTC") },
    { title: "Done", completed: true },
  ]);
  const reads: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (isPageRead(request.method(), url)) reads.push(`${url.pathname}${url.search}`);
  });
  const tasks = tasksPage(page);
  for (const path of ["/", "/?view=active&sort=title", "/today", "/upcoming", `/lists/${list.id}`]) {
    await gotoUntilQuiet(page, path);
    await expect(tasks.region).toHaveAttribute("aria-busy", "false");
  }
  await tasks.goto();
  await expect(tasks.item("Fetched once")).toBeVisible();
  expect(reads).toEqual([]);

  // What the first render did not show is still fetched by the browser: another view of the list.
  const searched = page.waitForRequest((request) => isPageRead(request.method(), new URL(request.url())));
  await tasks.search.fill("Fetched");
  expect(new URL((await searched).url()).searchParams.get("q")).toBe("Fetched");
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Fetched once/]);
});

test("a page load opens its live stream without the typed client and the contract's schemas: the first change brings them", async ({
  page,
  user,
}) => {
  // The typed client's chunk (it reads `X-Total-Count`) and the change's schema (its description is in no other script).
  const client = await routeChunks(page, ["x-total-count", "The change's place in the user's log"], (route) =>
    route.continue(),
  );
  const streamOpened = page.waitForResponse(
    (response) => new URL(response.url()).pathname === `/api/${user.id}/events` && response.status() === 200,
  );
  const tasks = tasksPage(page);
  await gotoUntilQuiet(page, "/");
  await streamOpened;
  await expect(tasks.region).toHaveAttribute("aria-busy", "false");
  expect(client.asked(), "no part of the first load, the live stream's included").toBe(0);

  await user.createTasks([{ title: "Added on another device" }]);
  await expect(tasks.item("Added on another device")).toBeVisible();
  expect(client.asked(), "loaded for the first change the stream brought").toBeGreaterThan(0);
});

test("a page load tells the time in the user's zone from the server's offset, and writes its dates in the server's words, starting no ICU", async ({
  page,
  user,
}) => {
  // Far from the browser's own zone (UTC here): Today is the user's, not the device's.
  const zone = "Pacific/Kiritimati";
  await user.setTimeZone(zone);
  const nextYear = `${Number(dateIn(zone).slice(0, 4)) + 1}-03-04`;
  await user.createTasks([
    { title: "Due today where the user is", dueDate: dateIn(zone) },
    { title: "Due in three days", dueDate: dateIn(zone, 3) },
    { title: "Due next year", dueDate: nextYear },
  ]);
  // Every Intl.DateTimeFormat the page makes: the first would start ICU's locale data (decision 004), and one
  // for the user's zone would have it read that zone's rules too.
  await page.addInitScript(() => {
    const made: string[] = [];
    (window as unknown as { formatsMade: string[] }).formatsMade = made;
    const Original = Intl.DateTimeFormat;
    const Counting = function (this: unknown, locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      made.push(JSON.stringify([locales, options]));
      return new Original(locales, options);
    } as unknown as typeof Intl.DateTimeFormat;
    Object.assign(Counting, Original);
    Intl.DateTimeFormat = Counting;
  });
  const tasks = tasksPage(page);
  await gotoUntilQuiet(page, "/");
  await expect(tasks.region).toHaveAttribute("aria-busy", "false");
  await expect(tasks.due("Due today where the user is")).toHaveText(/Today$/);
  await expect(tasks.due("Due in three days")).toHaveText(/day$/);
  await expect(tasks.due("Due next year")).toHaveText(/Mar 4, \d{4}$/);
  await expect(tasks.due("Due next year").locator("time")).toHaveAttribute("title", /^\w+day, March 4, \d{4}$/);
  expect(await page.evaluate(() => (window as unknown as { formatsMade: string[] }).formatsMade)).toEqual([]);

  // A date the server did not write is written here (a task another device adds).
  await user.createTasks([
    { title: "Due in two years", dueDate: nextYear.replace(/^\d{4}/, (y) => String(Number(y) + 1)) },
  ]);
  await expect(tasks.due("Due in two years")).toHaveText(/Mar 4, \d{4}$/);
  expect(await page.evaluate(() => (window as unknown as { formatsMade: string[] }).formatsMade)).not.toEqual([]);
});

test.describe("in a browser writing dates en-GB", () => {
  test.use({ locale: "en-GB" });

  test("due words and dates the server writes are the ones the browser writes, with no hydration warning", async ({
    page,
    user,
    browser,
    baseURL,
  }) => {
    const zone = "Pacific/Kiritimati";
    await user.setTimeZone(zone);
    const titles = ["Overdue", "Today at dawn", "Today", "Tomorrow", "In three days", "Next year"];
    const nextYear = `${Number(dateIn(zone).slice(0, 4)) + 1}-03-04`;
    await user.createTasks([
      { title: "Overdue", dueDate: dateIn(zone, -2) },
      { title: "Today at dawn", dueDate: dateIn(zone), dueTime: "00:00" },
      { title: "Today", dueDate: dateIn(zone) },
      { title: "Tomorrow", dueDate: dateIn(zone, 1) },
      { title: "In three days", dueDate: dateIn(zone, 3) },
      { title: "Next year", dueDate: nextYear },
    ]);
    /** Each row's due words and the full date in its tooltip. */
    const dues = (on: Page) =>
      Promise.all(
        titles.map(async (title) => {
          const due = tasksPage(on).due(title);
          return `${title}: ${await due.textContent()} (${await due.locator("time").getAttribute("title")})`;
        }),
      );

    const plain = await htmlOnly(browser, baseURL as string, user, "en-GB");
    await plain.goto("/");
    const fromServer = await dues(plain);
    await plain.context().close();

    await tasksPage(page).goto();
    expect(await dues(page)).toEqual(fromServer);
    // en-GB writes the day before the month.
    expect(fromServer.find((line) => line.startsWith("Next year"))).toMatch(
      /[A-Z][a-z]{2}, 4 Mar \d{4} \(\w+day, 4 March \d{4}\)$/,
    );
    expect(fromServer.find((line) => line.startsWith("Overdue:"))).toMatch(/^Overdue: Overdue, due/);
    expect(fromServer.find((line) => line.startsWith("Today at dawn"))).toMatch(/Overdue, due\s*Today 00:00/);
  });
});
