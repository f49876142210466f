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
  await expect(tasks.view("All")).toBeChecked();
  // "All": the open tasks, then the completed ones in a list of their own.
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Call the plumber/, /^Buy milk/]);
  await expect(tasks.completedList.getByRole("listitem")).toHaveText([/^buy stamps/, /^Answer email/]);

  await tasks.view("Active").click();
  await expect(page).toHaveURL("/?view=active");
  await expect(tasks.view("Active")).toBeChecked();
  await expect(tasks.view("All")).not.toBeChecked();
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Call the plumber/, /^Buy milk/]);
  await expect(tasks.completedList).toHaveCount(0);

  await tasks.view("Completed").click();
  await expect(page).toHaveURL("/?view=completed");
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^buy stamps/, /^Answer email/]);

  // Unchecked, it leaves the Completed view at once.
  await tasks.checkbox("buy stamps").click();
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Answer email/]);
  await tasks.view("All").click();
  await expect(page).toHaveURL("/");
  await expect(tasks.region.getByRole("listitem")).toHaveCount(4);
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
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Buy milk/]);
  await expect(tasks.completedList.getByRole("listitem")).toHaveText([/^buy stamps/]);
  // One request for each list of "All": the open tasks and the completed ones.
  const asked = requests.map((r) => new URL(r.url()).searchParams).map((p) => `${p.get("status")}: ${p.get("q")}`);
  expect(asked.sort()).toEqual(["completed: BUY", "pending: BUY"]);

  await tasks.search.fill("skimmed");
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Buy milk/]);
  await tasks.search.fill("nothing like this");
  await expect(tasks.region.getByText("No tasks match")).toBeVisible();
  await tasks.search.fill("");
  await expect(page).toHaveURL("/");
  await expect(tasks.region.getByRole("listitem")).toHaveCount(4);
});

test("sorts by title and by priority, and filters by priority", async ({ page }) => {
  const tasks = tasksPage(page);
  await tasks.goto();
  // Whatever the sort, open tasks come first and completed ones in their own list below (each sorted).
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Call/, /^Buy milk/]);
  await expect(tasks.completedList.getByRole("listitem")).toHaveText([/^buy stamps/, /^Answer/]);

  await tasks.chooseViewOption("Title A–Z");
  await expect(page).toHaveURL("/?sort=title");
  await expect(tasks.viewOptions).toHaveAccessibleName("View options: Title A–Z");
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Buy milk/, /^Call/]);
  await expect(tasks.completedList.getByRole("listitem")).toHaveText([/^Answer/, /^buy stamps/]);

  await tasks.chooseViewOption("Highest priority");
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Call the plumber/, /^Buy milk/]);
  await expect(tasks.completedList.getByRole("listitem")).toHaveText([/^buy stamps/, /^Answer/]);

  await tasks.chooseViewOption("High");
  await expect(page).toHaveURL("/?sort=priority&order=desc&priority=high");
  await expect(tasks.viewOptions).toHaveAccessibleName("View options: Highest priority, High priority");
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Call the plumber/]);
  await expect(tasks.completedList).toHaveCount(0);
});

test("keeps view, search and sort in the URL across reload and back navigation", async ({ page }) => {
  const tasks = tasksPage(page);
  await tasks.goto("?view=completed&q=m&sort=title&order=asc");
  await expect(tasks.view("Completed")).toBeChecked();
  await expect(tasks.search).toHaveValue("m");
  await expect(tasks.viewOptions).toHaveAccessibleName("View options: Title A–Z");
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Answer email/, /^buy stamps/]);

  await page.reload();
  await expect(tasks.view("Completed")).toBeChecked();
  await expect(tasks.search).toHaveValue("m");
  await expect(tasks.viewOptions).toHaveAccessibleName("View options: Title A–Z");
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Answer email/, /^buy stamps/]);

  await tasks.view("Active").click();
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Buy milk/, /^Call the plumber/]);
  await tasks.chooseViewOption("Title Z–A");
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Call the plumber/, /^Buy milk/]);

  await page.goBack();
  await expect(page).toHaveURL("/?view=active&q=m&sort=title");
  await expect(tasks.viewOptions).toHaveAccessibleName("View options: Title A–Z");
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Buy milk/, /^Call the plumber/]);
  await page.goBack();
  await expect(tasks.view("Completed")).toBeChecked();
  await expect(tasks.search).toHaveValue("m");
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Answer email/, /^buy stamps/]);
  await page.goForward();
  await expect(tasks.view("Active")).toBeChecked();
});

test("tasks and their state persist across a reload", async ({ page }) => {
  const tasks = tasksPage(page);
  await tasks.goto();
  await tasks.add("Added in the browser");
  await tasks.checkbox("Buy milk").click();
  await expect(tasks.checkbox("Buy milk")).toBeChecked();
  await page.reload();
  await expect(tasks.region.getByRole("listitem")).toHaveCount(5);
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Added in the browser/, /^Call the plumber/]);
  await expect(tasks.completedList.getByRole("listitem")).toHaveText([/^buy stamps/, /^Answer email/, /^Buy milk/]);
  await expect(tasks.checkbox("Buy milk")).toBeChecked();
  await expect(tasks.itemsLeft).toHaveText("2 items left");
});
