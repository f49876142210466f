import { expect, test } from "./support/fixtures";
import { tasksPage } from "./support/tasks-page";

test("two users never see each other's tasks", async ({ page, user, openBrowser }) => {
  const other = await openBrowser();
  const mine = tasksPage(page);
  const theirs = tasksPage(other.page);
  await user.createTasks([{ title: "Ada's secret plan", tags: ["shared-tag"] }]);

  await mine.goto();
  await theirs.goto();
  await expect(mine.item("Ada's secret plan")).toBeVisible();
  // Who is signed in shows in the account menu: the other browser is Grace's, not Ada's.
  await other.page.getByRole("button", { name: "Account menu for Grace Hopper" }).click();
  await expect(other.page.getByRole("menu").getByText(other.user.email)).toBeVisible();
  await expect(other.page.getByRole("menu").getByText(user.email)).toHaveCount(0);
  await other.page.keyboard.press("Escape");
  await expect(other.page.getByText("Nothing to do yet")).toBeVisible();

  await theirs.add("Grace's compiler");
  await mine.add("Ada's engine notes");
  await Promise.all([page.reload(), other.page.reload()]);
  await expect(mine.list.getByRole("listitem")).toHaveText([/^Ada's engine notes/, /^Ada's secret plan/]);
  await expect(theirs.list.getByRole("listitem")).toHaveText([/^Grace's compiler/]);

  // Even a filter naming the other user's tag or words finds nothing of theirs.
  await theirs.goto("?tag=shared-tag");
  await expect(other.page.getByText("No tasks match")).toBeVisible();
  await theirs.goto("?q=secret");
  await expect(other.page.getByText("No tasks match")).toBeVisible();
  await expect(mine.itemsLeft).toHaveText("2 items left");
  await expect(theirs.itemsLeft).toHaveText("1 item left");
});

test("a user's API token cannot read another user's tasks", async ({ page, user, openBrowser, consoleGuard }) => {
  consoleGuard.allow(/status of 403/);
  const other = await openBrowser();
  await user.createTasks([{ title: "Only for Ada" }]);
  await other.page.goto("/");
  const status = await other.page.evaluate(async (userId) => {
    const { token } = await (await fetch("/api/auth/token")).json();
    return (await fetch(`/api/${userId}/tasks`, { headers: { Authorization: `Bearer ${token}` } })).status;
  }, user.id);
  expect(status).toBe(403);
  await page.goto("/");
  await expect(tasksPage(page).item("Only for Ada")).toBeVisible();
});
