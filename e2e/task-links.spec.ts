import type { Page } from "@playwright/test";
import { clientAddress } from "./support/accounts";
import { expect, signUpUser, type TestUser, test } from "./support/fixtures";
import { tasksPage } from "./support/tasks-page";

// The page of every list the app asks for (toListQuery, apps/web/src/lib/list-filters.ts).
const PAGE = 100;

/** Tasks "<word> 1" (the oldest, so last in a list's own order, past its first page) to "<word> n". */
const numbered = (word: string, n: number, listId?: number) =>
  Array.from({ length: n }, (_, i) => ({ title: `${word} ${i + 1}`, ...(listId && { listId }) }));

/** Whether the browser asked the API for one task by its id (the server's page brings a link's task along). */
function asksForOneTask(page: Page): () => string[] {
  const asked: string[] = [];
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (/^\/api\/[^/]+\/tasks\/\d+$/.test(pathname)) asked.push(pathname);
  });
  return () => asked;
}

/** A list "Trip" whose oldest task, "Errand 1", lies past its first page, and the tasks page opened on a link to it. */
async function openLinkPastFirstPage(page: Page, user: TestUser) {
  const trip = await user.createList("Trip");
  const [first] = await user.createTasks(numbered("Errand", PAGE + 1, trip.id));
  const details = page.getByRole("dialog", { name: "Task details" });
  await page.goto(`/lists/${trip.id}?task=${first?.id}`);
  await expect(details.getByLabel("Title")).toHaveValue("Errand 1");
  return { trip, first, details, tasks: tasksPage(page) };
}

test("a link to a task past the first page of its list opens its details; a reload keeps them open, Back closes them", async ({
  page,
  user,
}) => {
  const asked = asksForOneTask(page);
  const { trip, details, tasks } = await openLinkPastFirstPage(page, user);
  await expect(page).toHaveURL(`/lists/${trip.id}`);
  await expect(page.getByRole("heading", { name: "Trip", level: 1, includeHidden: true })).toBeVisible();
  expect(asked()).toEqual([]);

  // Reloaded with them open: they open again (the browser asks for the task, which no page it loaded holds).
  await page.reload();
  await expect(details.getByLabel("Title")).toHaveValue("Errand 1");
  await page.goBack();
  await expect(details).toHaveCount(0);
  await expect(page).toHaveURL(`/lists/${trip.id}`);
  await expect(tasks.item(`Errand ${PAGE + 1}`)).toBeVisible();
  await expect(tasks.item("Errand 1")).toHaveCount(0);

  // Changed there, it is saved: the list shows it once its page is loaded.
  await page.goForward();
  await details.getByLabel("Description").fill("Post office, then the bank");
  await details.getByRole("button", { name: "Save" }).click();
  await expect(details).toHaveCount(0);
  // Load more at once, while the save's refresh may be on its way: the page asked for still comes.
  await tasks.region.getByRole("button", { name: "Load more" }).click();
  await expect(tasks.item("Errand 1")).toBeVisible();
  await expect(tasks.item("Errand 1")).toContainText("Post office, then the bank");
});

test("a link naming a task of another list opens it over the page named; another user's task, or none, opens nothing", async ({
  page,
  user,
  baseURL,
}) => {
  const trip = await user.createList("Trip");
  const [passport] = await user.createTasks([{ title: "Renew the passport", listId: trip.id }]);
  await user.createTasks([{ title: "Call grandma" }]);
  const other = await signUpUser(baseURL as string, clientAddress(), "Grace Hopper");
  const [theirs] = await other.createTasks([{ title: "Grace's secret plan" }]);
  const tasks = tasksPage(page);
  const details = page.getByRole("dialog", { name: "Task details" });
  const asked = asksForOneTask(page);

  // The user's own task, in another list than the page's (a link made before it moved, say): its details open.
  await page.goto(`/?task=${passport?.id}`);
  await expect(details.getByLabel("Title")).toHaveValue("Renew the passport");
  await page.keyboard.press("Escape");
  await expect(details).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Inbox", level: 1 })).toBeVisible();
  await expect(tasks.item("Call grandma")).toBeVisible();
  await expect(tasks.item("Renew the passport")).toHaveCount(0);

  // Another user's task, and a task that does not exist: the page as it is, nothing of the task in it, and a toast
  // saying it was not found (the same for both); an address naming no task at all says nothing.
  for (const [id, said] of [
    [theirs?.id, 1],
    [2_147_483_647, 1],
    ["12abc", 0],
  ] as const) {
    const response = await page.goto(`/?task=${id}`);
    expect(await response?.text()).not.toContain("secret plan");
    await expect(tasks.item("Call grandma")).toBeVisible();
    await expect(page).toHaveURL("/");
    await expect(details).toHaveCount(0);
    await expect(tasks.toast("This task could not be found")).toHaveCount(said);
    await expect(page.getByText("Grace's secret plan")).toHaveCount(0);
  }
  // The server's page said so: the browser did not ask again.
  expect(asked()).toEqual([]);
});

test("a linked task that cannot be asked for now (the server away) is not called deleted: the toast offers to try again", async ({
  page,
  user,
  consoleGuard,
}) => {
  const { trip, first, details, tasks } = await openLinkPastFirstPage(page, user);

  // Reloaded with them open while the API answers as it does with the database away: the browser's request for the
  // task (no page it loaded holds it) fails (and the browser logs it).
  consoleGuard.allow(/status of 503/);
  const oneTask = `**/api/*/tasks/${first?.id}`;
  await page.route(oneTask, (route) =>
    route.fulfill({
      status: 503,
      headers: { "Content-Type": "application/problem+json", "Retry-After": "5" },
      body: JSON.stringify({
        type: "about:blank",
        title: "Service Unavailable",
        status: 503,
        detail: "The database is unavailable; try again shortly",
      }),
    }),
  );
  await page.reload();
  const failed = tasks.toast("This task could not be opened");
  await expect(failed).toContainText("The database is unavailable; try again shortly");
  await expect(details).toHaveCount(0);
  await expect(tasks.toast("This task could not be found")).toHaveCount(0);

  // Back once it is: Try again opens them, and Back closes them, staying on the page.
  await page.unroute(oneTask);
  await failed.getByRole("button", { name: "Try again" }).click();
  await expect(details.getByLabel("Title")).toHaveValue("Errand 1");
  await page.goBack();
  await expect(details).toHaveCount(0);
  await expect(page).toHaveURL(`/lists/${trip.id}`);
  await expect(tasks.item(`Errand ${PAGE + 1}`)).toBeVisible();
});
