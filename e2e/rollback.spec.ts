import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { tasksPage } from "./support/tasks-page";

/** Makes the server refuse every task write of `method` with a 500 problem, as a broken backend would. */
async function failWrites(page: Page, method: string) {
  await page.route(/\/api\/[^/]+\/tasks(\/\d+)?$/, (route) =>
    route.request().method() === method
      ? route.fulfill({
          status: 500,
          contentType: "application/problem+json",
          body: JSON.stringify({
            type: "about:blank",
            title: "Internal Server Error",
            status: 500,
            detail: "The server could not save your change. Please try again.",
          }),
        })
      : route.fallback(),
  );
}

const errorToast = (page: Page) =>
  page.getByRole("alert").filter({ hasText: "The server could not save your change. Please try again." });

test.beforeEach(async ({ consoleGuard }) => {
  consoleGuard.allow(/status of 500/);
});

test("a refused toggle puts the checkbox back and says why", async ({ page, user }) => {
  await user.createTasks([{ title: "Feed the cat" }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  await failWrites(page, "PATCH");

  const refused = page.waitForResponse((r) => r.request().method() === "PATCH");
  await tasks.checkbox("Feed the cat").click();
  expect((await refused).status()).toBe(500);
  await expect(errorToast(page)).toBeVisible();
  await expect(tasks.checkbox("Feed the cat")).not.toBeChecked();
  await expect(tasks.itemsLeft).toHaveText("1 item left");

  await page.unrouteAll();
  await page.reload();
  await expect(tasks.checkbox("Feed the cat")).not.toBeChecked();
});

test("a refused toggle in the Active view brings the task back into the list", async ({ page, user }) => {
  await user.createTasks([{ title: "First" }, { title: "Second" }, { title: "Third" }]);
  const tasks = tasksPage(page);
  await tasks.goto("?view=active");
  await failWrites(page, "PATCH");

  await tasks.checkbox("Second").click();
  await expect(errorToast(page)).toBeVisible();
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Third/, /^Second/, /^First/]);
  await expect(tasks.checkbox("Second")).not.toBeChecked();
});

test("a refused rename puts the old title back and says why", async ({ page, user }) => {
  await user.createTasks([{ title: "Old name" }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  await failWrites(page, "PATCH");

  await tasks.title("Old name").dblclick();
  await page.getByRole("textbox", { name: "Edit title" }).fill("New name");
  await page.getByRole("textbox", { name: "Edit title" }).press("Enter");
  await expect(errorToast(page)).toBeVisible();
  await expect(tasks.title("Old name")).toBeVisible();
  await expect(tasks.title("New name")).toHaveCount(0);
});

test("a refused new task keeps the typed title so nothing is lost", async ({ page, user: _ }) => {
  const tasks = tasksPage(page);
  await tasks.goto();
  await failWrites(page, "POST");

  await tasks.newTask.fill("Do not lose me");
  await tasks.newTask.press("Enter");
  await expect(errorToast(page)).toBeVisible();
  await expect(tasks.newTask).toHaveValue("Do not lose me");
  await expect(page.getByText("Nothing to do yet. Add your first task above.")).toBeVisible();
});

test("a refused delete brings the task back once the undo time is over", async ({ page, user }) => {
  await user.createTasks([{ title: "Sticky" }]);
  const tasks = tasksPage(page);
  await page.clock.install();
  await tasks.goto();
  await failWrites(page, "DELETE");

  await tasks.item("Sticky").getByRole("button", { name: 'Delete "Sticky"' }).click();
  await expect(tasks.item("Sticky")).toHaveCount(0);
  await page.clock.fastForward(5_000);
  await expect(page.getByRole("alert").filter({ hasText: "The task could not be deleted." })).toBeVisible();
  await expect(tasks.item("Sticky")).toBeVisible();
});
