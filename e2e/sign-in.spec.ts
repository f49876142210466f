import type { Response } from "@playwright/test";
import { migrateUpAt } from "@todo/db/migrate";
import { startAppServer } from "@todo/test-support/app-server";
import { createTestDatabase } from "@todo/test-support/test-database";
import { clientAddress, signUpUser } from "./support/accounts";
import { expect, test } from "./support/fixtures";
import { WEB_DIR } from "./support/web-dir";

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

test("after too many attempts, says to wait in place, and the right password waits too", async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.allow(/status of (401|429)/);
  // An instance of its own allowing two sign-ins a minute; the suite's server allows thousands.
  const database = await createTestDatabase("todo_e2e_limit", { setUp: migrateUpAt });
  const strict = await startAppServer(WEB_DIR, { DATABASE_URL: database.url, AUTH_RATE_LIMIT_MAX: "2" }).catch(
    async (error) => {
      await database.drop();
      throw error;
    },
  );
  try {
    const user = await signUpUser(strict.url, clientAddress());
    await page.goto(`${strict.url}/sign-in`);
    /** Signs in through the form; the server's answer. */
    const signIn = async (password: string) => {
      await page.getByLabel("Email").fill(user.email);
      await page.getByLabel("Password").fill(password);
      const answered = page.waitForResponse((r) => new URL(r.url()).pathname === "/api/auth/sign-in/email");
      await page.getByRole("button", { name: "Sign in" }).click();
      return answered;
    };
    /** What the form says to a 429: the wait its Retry-After asks for (at most the minute's window). */
    const waitMessage = async (response: Response) => {
      const seconds = Number(await response.headerValue("retry-after"));
      expect(seconds).toBeGreaterThan(0);
      expect(seconds).toBeLessThanOrEqual(60);
      return `Too many attempts. Wait ${seconds} ${seconds === 1 ? "second" : "seconds"}, then try again.`;
    };
    const alert = (text: string) => page.getByRole("alert").filter({ hasText: text });

    expect((await signIn("not the password")).status()).toBe(401);
    expect((await signIn("still not the password")).status()).toBe(401);
    await expect(alert("That email and password do not match an account.")).toBeVisible();
    const third = await signIn("a third guess");
    expect(third.status()).toBe(429);
    await expect(alert(await waitMessage(third))).toBeVisible();
    const right = await signIn(user.password);
    expect(right.status()).toBe(429);
    await expect(alert(await waitMessage(right))).toBeVisible();
    await expect(page).toHaveURL(`${strict.url}/sign-in`);
  } finally {
    await strict.stop();
    await database.drop();
  }
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
