import { expect, test } from "./support/fixtures";

test("signs in through the form", async ({ page, user, context }) => {
  await context.clearCookies();
  await page.goto("/sign-in");
  await expect(page).toHaveTitle("Sign in · Todo");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/");
  await expect(page.getByText(user.email)).toBeVisible();
});

test("shows a wrong password in place and stays on the page", async ({ page, user, context, consoleGuard }) => {
  consoleGuard.allow(/status of 401/);
  await context.clearCookies();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(
    page.getByRole("alert").filter({ hasText: "That email and password do not match an account." }),
  ).toBeVisible();
  await expect(page).toHaveURL("/sign-in");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
});

test("checks the sign-in fields before sending them", async ({ page, user: _, context }) => {
  await context.clearCookies();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("nobody");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription("Enter a valid email address");
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription("Enter your password");
});

test("signing out returns to /sign-in, forgets the half-typed task, and the tasks page stays closed", async ({
  page,
  user,
}) => {
  await user.createTasks([{ title: "Private task" }]);
  await page.goto("/");
  await expect(page.getByRole("button", { name: "Private task", exact: true })).toBeVisible();
  await page.getByLabel("New task").fill("Half-typed secret");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/sign-in");
  expect(await page.evaluate(() => sessionStorage.getItem("todo:new-task-draft"))).toBeNull();
  await expect(page.getByRole("heading", { name: "Sign in", level: 1 })).toBeVisible();

  await page.goto("/");
  await expect(page).toHaveURL("/sign-in");
});

test("a signed-in user who opens /sign-in or /sign-up goes to the tasks page", async ({ page, user: _ }) => {
  await page.goto("/sign-in");
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("heading", { name: "Tasks", level: 1 })).toBeVisible();
  await page.goto("/sign-up");
  await expect(page).toHaveURL("/");
});

test("a signed-out visitor of the tasks page is sent to /sign-in", async ({ page }) => {
  await page.goto("/?view=active");
  await expect(page).toHaveURL("/sign-in");
  await expect(page.getByRole("heading", { name: "Sign in", level: 1 })).toBeVisible();
});
