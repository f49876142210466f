import type { Request } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { tasksPage } from "./support/tasks-page";

const isTokenRequest = (request: Request) => new URL(request.url()).pathname === "/api/auth/token";

test("renews the API token shortly before it expires, without the user noticing", async ({ page, user: _ }) => {
  const tasks = tasksPage(page);
  const tokenRequests: Request[] = [];
  page.on("request", (request) => isTokenRequest(request) && tokenRequests.push(request));
  await page.clock.install();
  await tasks.goto();
  await tasks.add("Before renewal");
  expect(tokenRequests).toHaveLength(1);

  // The token lives 15 minutes and is renewed in its last minute.
  await page.clock.fastForward("14:30");
  const renewed = page.waitForResponse((response) => isTokenRequest(response.request()));
  await tasks.add("After renewal");
  expect((await renewed).status()).toBe(200);
  expect(tokenRequests).toHaveLength(2);

  await page.reload();
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^After renewal/, /^Before renewal/]);
});

test("asks for a new token once when the API refuses the current one", async ({ page, user: _, consoleGuard }) => {
  consoleGuard.allow(/status of 401/);
  const tasks = tasksPage(page);
  await tasks.goto();
  let refusals = 0;
  await page.route(/\/api\/[^/]+\/tasks$/, (route) =>
    route.request().method() === "POST" && refusals++ === 0
      ? route.fulfill({
          status: 401,
          contentType: "application/problem+json",
          headers: { "WWW-Authenticate": "Bearer" },
          body: JSON.stringify({ type: "about:blank", title: "Unauthorized", status: 401 }),
        })
      : route.fallback(),
  );
  const renewed = page.waitForResponse((response) => isTokenRequest(response.request()));
  await tasks.add("Sent twice, saved once");
  expect((await renewed).status()).toBe(200);
  await page.reload();
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Sent twice, saved once/]);
});

test("an ended session sends the user to sign in, and the half-typed task survives", async ({
  page,
  context,
  user,
  consoleGuard,
}) => {
  consoleGuard.allow(/status of 401/);
  const tasks = tasksPage(page);
  await page.clock.install();
  await tasks.goto("?view=active");
  await tasks.newTask.fill("Half-typed idea");

  // The session ends elsewhere (signed out on another device, expired): its cookie no longer works.
  await context.clearCookies();
  await page.clock.fastForward("16:00");
  const refused = page.waitForResponse((response) => isTokenRequest(response.request()));
  await tasks.newTask.press("Enter");
  expect((await refused).status()).toBe(401);
  await expect(page).toHaveURL(`/sign-in?next=${encodeURIComponent("/?view=active")}`);

  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/?view=active");
  await expect(tasks.newTask).toHaveValue("Half-typed idea");
  await tasks.newTask.press("Enter");
  await expect(tasks.item("Half-typed idea")).toBeVisible();
  await page.reload();
  await expect(tasks.newTask).toHaveValue("");
  await expect(tasks.item("Half-typed idea")).toBeVisible();
});

test("a token that cannot be renewed rolls the change back with a message", async ({ page, user, consoleGuard }) => {
  consoleGuard.allow(/status of 503/);
  await user.createTasks([{ title: "Stays open" }]);
  const tasks = tasksPage(page);
  await page.clock.install();
  await tasks.goto();
  await page.route("**/api/auth/token", (route) => route.fulfill({ status: 503, body: "" }));

  await page.clock.fastForward("16:00");
  await tasks.checkbox("Stays open").click();
  await expect(
    page.getByRole("alert").filter({ hasText: "The server could not be reached. Try again." }),
  ).toBeVisible();
  await expect(tasks.checkbox("Stays open")).not.toBeChecked();
  await expect(page).toHaveURL("/");
});
