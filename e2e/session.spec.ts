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
  const renewed = page.waitForResponse((response) => isTokenRequest(response.request()));
  await page.clock.fastForward("14:30");
  await tasks.add("After renewal");
  expect((await renewed).status()).toBe(200);
  expect(tokenRequests).toHaveLength(2);

  await page.reload();
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^After renewal/, /^Before renewal/]);
});

test("an ended session sends the user to sign in, and the half-typed task survives", async ({
  page,
  context,
  user,
  consoleGuard,
}) => {
  consoleGuard.allow(/status of 401/);
  const tasks = tasksPage(page);
  const tokensAnswered: number[] = [];
  page.on("response", (response) => isTokenRequest(response.request()) && tokensAnswered.push(response.status()));
  await page.clock.install();
  await tasks.goto("?view=active");
  await tasks.newTask.fill("Half-typed idea");
  // The page's first token (its live stream asks for it once the typed client has loaded) is answered before the
  // session ends: a request already under way would still carry the cookie.
  await expect.poll(() => tokensAnswered.length).toBeGreaterThan(0);
  expect(tokensAnswered.every((status) => status === 200)).toBe(true);

  // The session ends elsewhere (signed out on another device, expired): its cookie no longer works.
  await context.clearCookies();
  // Past the token's 15 minutes the next change needs a new one; the live stream, reconnecting meanwhile, may be
  // the first to ask for it: watch from before the time jump.
  const refused = page.waitForResponse((response) => isTokenRequest(response.request()));
  await page.clock.fastForward("16:00");
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
