import type { Request } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { tasksPage } from "./support/tasks-page";

/** Records the list's own requests (not the "items left" count, which asks for one task). */
const listRequests = (requests: Request[]) => (request: Request) => {
  const url = new URL(request.url());
  if (/^\/api\/[^/]+\/tasks$/.test(url.pathname) && url.searchParams.get("limit") !== "1") requests.push(request);
};

test.beforeEach(async ({ user }) => {
  await user.createTasks([
    { title: "Buy milk", description: "semi-skimmed" },
    { title: "Answer email", completed: true },
    { title: "Call the plumber", priority: "high" },
    { title: "buy stamps", priority: "low", completed: true },
  ]);
});

test("shows all, active or completed tasks", async ({ page }) => {
  const tasks = tasksPage(page);
  await tasks.goto();
  await expect(tasks.view("All")).toHaveAttribute("aria-pressed", "true");
  await expect(tasks.list.getByRole("listitem")).toHaveCount(4);

  await tasks.view("Active").click();
  await expect(page).toHaveURL("/?view=active");
  await expect(tasks.view("Active")).toHaveAttribute("aria-pressed", "true");
  await expect(tasks.view("All")).toHaveAttribute("aria-pressed", "false");
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Call the plumber/, /^Buy milk/]);

  await tasks.view("Completed").click();
  await expect(page).toHaveURL("/?view=completed");
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^buy stamps/, /^Answer email/]);

  // Unchecked, it leaves the Completed view at once.
  await tasks.checkbox("buy stamps").click();
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Answer email/]);
  await tasks.view("All").click();
  await expect(page).toHaveURL("/");
  await expect(tasks.list.getByRole("listitem")).toHaveCount(4);
});

test("searches titles and descriptions, case-insensitively, once typing pauses", async ({ page }) => {
  const tasks = tasksPage(page);
  const requests: Request[] = [];
  await page.clock.install();
  await tasks.goto();
  page.on("request", listRequests(requests));

  // With time stopped, typing alone sends nothing; the pause after the last key sends one request.
  await page.clock.pauseAt(Date.now() + 1_000);
  await tasks.search.pressSequentially("BUY");
  await expect(tasks.search).toHaveValue("BUY");
  expect(requests).toHaveLength(0);
  await page.clock.runFor(300);
  await expect(page).toHaveURL("/?q=BUY");
  await page.clock.resume();
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^buy stamps/, /^Buy milk/]);
  expect(requests.map((r) => new URL(r.url()).searchParams.get("q"))).toEqual(["BUY"]);

  await tasks.search.fill("skimmed");
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Buy milk/]);
  await tasks.search.fill("nothing like this");
  await expect(page.getByText("No tasks match these filters.")).toBeVisible();
  await tasks.search.fill("");
  await expect(page).toHaveURL("/");
  await expect(tasks.list.getByRole("listitem")).toHaveCount(4);
});

test("sorts by title and by priority, and filters by priority", async ({ page }) => {
  const tasks = tasksPage(page);
  await tasks.goto();
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^buy stamps/, /^Call/, /^Answer/, /^Buy milk/]);

  await tasks.sort.selectOption({ label: "Title A–Z" });
  await expect(page).toHaveURL("/?sort=title&order=asc");
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Answer/, /^Buy milk/, /^buy stamps/, /^Call/]);

  await tasks.sort.selectOption({ label: "Highest priority" });
  await expect(tasks.list.getByRole("listitem").first()).toHaveText(/^Call the plumber/);
  await expect(tasks.list.getByRole("listitem").nth(1)).toHaveText(/^buy stamps/);

  await tasks.priorityFilter.selectOption({ label: "High" });
  await expect(page).toHaveURL("/?sort=priority&priority=high");
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Call the plumber/]);
});

test("keeps view, search and sort in the URL across reload and back navigation", async ({ page }) => {
  const tasks = tasksPage(page);
  await tasks.goto("?view=completed&q=m&sort=title&order=asc");
  await expect(tasks.view("Completed")).toHaveAttribute("aria-pressed", "true");
  await expect(tasks.search).toHaveValue("m");
  await expect(tasks.sort).toHaveValue("title:asc");
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Answer email/, /^buy stamps/]);

  await page.reload();
  await expect(tasks.view("Completed")).toHaveAttribute("aria-pressed", "true");
  await expect(tasks.search).toHaveValue("m");
  await expect(tasks.sort).toHaveValue("title:asc");
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Answer email/, /^buy stamps/]);

  await tasks.view("Active").click();
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Buy milk/, /^Call the plumber/]);
  await tasks.sort.selectOption({ label: "Title Z–A" });
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Call the plumber/, /^Buy milk/]);

  await page.goBack();
  await expect(page).toHaveURL("/?view=active&q=m&sort=title&order=asc");
  await expect(tasks.sort).toHaveValue("title:asc");
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Buy milk/, /^Call the plumber/]);
  await page.goBack();
  await expect(tasks.view("Completed")).toHaveAttribute("aria-pressed", "true");
  await expect(tasks.search).toHaveValue("m");
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Answer email/, /^buy stamps/]);
  await page.goForward();
  await expect(tasks.view("Active")).toHaveAttribute("aria-pressed", "true");
});

test("tasks and their state persist across a reload", async ({ page }) => {
  const tasks = tasksPage(page);
  await tasks.goto();
  await tasks.add("Added in the browser");
  await tasks.checkbox("Buy milk").check();
  await page.reload();
  await expect(tasks.list.getByRole("listitem")).toHaveCount(5);
  await expect(tasks.list.getByRole("listitem").first()).toHaveText(/^Added in the browser/);
  await expect(tasks.checkbox("Buy milk")).toBeChecked();
  await expect(tasks.itemsLeft).toHaveText("2 items left");
});
