import type { Page, Response } from "@playwright/test";
import { migrateUpAt } from "@todo/db/migrate";
import { startAppServer } from "@todo/test-support/app-server";
import { createTestDatabase } from "@todo/test-support/test-database";
import { clientAddress, PASSWORD_HASHING_MS, signUpUser } from "./support/accounts";
import { routeChunks } from "./support/chunks";
import { expect, test } from "./support/fixtures";
import { pinTop } from "./support/stays-put";
import { WEB_DIR } from "./support/web-dir";

test("signs in through the form", async ({ page, user, context }) => {
  await context.clearCookies();
  await page.goto("/sign-in");
  await expect(page).toHaveTitle("Sign in · Todo");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/", { timeout: PASSWORD_HASHING_MS });
  await page.getByRole("button", { name: `Account menu for ${user.name}` }).click();
  await expect(page.getByRole("menu")).toContainText(user.email);
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

test("the form's checks and auth client load as it is first used; if they cannot load, it says so, sends nothing, and tries again", async ({
  page,
  user,
  context,
  consoleGuard,
}) => {
  consoleGuard.allow(/Failed to load resource|ChunkLoadError|Failed to fetch dynamically imported module/);
  await context.clearCookies();
  // The chunks with the sign-in form's schemas (their messages are in no other script) and with Better Auth's
  // client (its session signal) fail to load while `offline`.
  let offline = true;
  const schemas = await routeChunks(page, ["Enter your password", "$sessionSignal"], (route) =>
    offline ? route.abort("internetdisconnected") : route.continue(),
  );
  const sent: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/api/auth/sign-in")) sent.push(request.url());
  });
  await page.goto("/sign-in", { waitUntil: "networkidle" });
  expect(schemas.asked(), "no part of the first load").toBe(0);
  await page.getByLabel("Email").fill(user.email);
  await expect.poll(schemas.asked, { message: "asked for as the form is first used" }).toBeGreaterThan(0);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The form could not be checked" })).toBeVisible();
  expect(sent).toEqual([]);
  await expect(page.getByLabel("Password")).toHaveValue(user.password);

  offline = false;
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/", { timeout: PASSWORD_HASHING_MS });
});

test("a sign-in that gets no answer says so, keeps what was typed, and can be sent again", async ({
  page,
  user,
  context,
  dropRequests,
}) => {
  await context.clearCookies();
  const connection = await dropRequests("**/api/auth/sign-in/email");
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  const submit = page.getByRole("button", { name: "Sign in" });
  await submit.click();
  await expect(page.getByRole("alert").filter({ hasText: "The server could not be reached" })).toBeVisible();
  await expect(submit, "not left waiting").toBeEnabled();
  await expect(page.getByLabel("Password")).toHaveValue(user.password);
  await expect(page).toHaveURL(/\/sign-in$/);

  connection.answerAgain();
  await submit.click();
  await expect(page).toHaveURL("/", { timeout: PASSWORD_HASHING_MS });
});

test("signing out returns to /sign-in, forgets the half-typed task, and the tasks page stays closed", async ({
  page,
  user,
}) => {
  await user.createTasks([{ title: "Private task" }]);
  await page.goto("/");
  await expect(page.getByRole("button", { name: "Private task", exact: true })).toBeVisible();
  await page.getByRole("textbox", { name: "New task" }).fill("Half-typed secret");
  await page.getByRole("button", { name: "Priority: No priority" }).click();
  await page.getByRole("menuitemradio", { name: "High" }).click();
  await expect(page.getByRole("button", { name: "Priority: High" })).toBeVisible();

  await page.getByRole("button", { name: `Account menu for ${user.name}` }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/sign-in");
  expect(await page.evaluate(() => sessionStorage.getItem("todo:new-task-draft"))).toBeNull();
  await expect(page.getByRole("heading", { name: "Sign in", level: 1 })).toBeVisible();

  await page.goto("/");
  await expect(page).toHaveURL("/sign-in");
});

test("a half-typed task left by a session that ended elsewhere is not shown to the next person signing in at the tab", async ({
  page,
  user: _,
  baseURL,
  clientIp,
  consoleGuard,
}) => {
  // The page asks for its API token and opens its live stream once the browser is idle (within 1 s of loading): when
  // that comes after the session ended, the server refuses it (401), and Chromium logs the refusal.
  consoleGuard.allow(/status of 401/);
  await page.goto("/");
  await page.getByRole("textbox", { name: "New task" }).fill("Call the lawyer about the divorce");
  // The session ends away from this tab (another tab's sign-out, a revocation): the draft is still in the tab.
  const signedOut = await page.request.post("/api/auth/sign-out", { headers: { Origin: baseURL as string }, data: {} });
  expect(signedOut.ok()).toBe(true);
  await page.reload();
  await expect(page).toHaveURL(/\/sign-in/);

  const next = await signUpUser(baseURL as string, clientIp, "Grace Hopper");
  await page.getByLabel("Email").fill(next.email);
  await page.getByLabel("Password").fill(next.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/", { timeout: PASSWORD_HASHING_MS });
  await expect(page.getByRole("button", { name: `Account menu for ${next.name}` })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "New task" })).toHaveValue("");
  expect(await page.evaluate(() => sessionStorage.getItem("todo:new-task-draft"))).toBeNull();
});

test("signing out in one tab signs out the browser's other tabs: they go to /sign-in and show nothing of the user's", async ({
  page,
  context,
  user,
}) => {
  await user.createTasks([{ title: "Private task" }]);
  const other = await context.newPage();
  for (const tab of [page, other]) {
    await tab.goto("/");
    await expect(tab.getByRole("button", { name: "Private task", exact: true })).toBeVisible();
  }
  await other.getByRole("textbox", { name: "New task" }).fill("Half-typed in the other tab");
  // Each tab's live stream, open since its page loaded.
  const streamsEnded = new Set<Page>();
  for (const tab of [page, other])
    tab.on("requestfailed", (request) => {
      if (new URL(request.url()).pathname.endsWith("/events")) streamsEnded.add(tab);
    });

  await page.getByRole("button", { name: `Account menu for ${user.name}` }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/sign-in");
  await expect(other).toHaveURL("/sign-in");
  await expect(other.getByRole("heading", { name: "Sign in", level: 1 })).toBeVisible();
  await expect(other.getByText("Private task")).toHaveCount(0);
  expect(await other.evaluate(() => sessionStorage.getItem("todo:new-task-draft"))).toBeNull();
  // Closed as the tabs signed out, not kept the 5 s a page change keeps it (use-live-changes.ts): outliving the
  // session, a stream the server ends asks for a new token, and the refusals show as errors on /sign-in.
  await expect.poll(() => streamsEnded.size, { timeout: 2_000 }).toBe(2);
});

test("a sign-out that gets no answer says the user is still signed in, forgets nothing, and can be tried again", async ({
  page,
  user,
  dropRequests,
}) => {
  await user.createTasks([{ title: "Still here" }]);
  const connection = await dropRequests("**/api/auth/sign-out");
  await page.goto("/");
  await expect(page.getByRole("button", { name: "Still here", exact: true })).toBeVisible();
  await page.getByRole("textbox", { name: "New task" }).fill("Half-typed");

  const signOut = async () => {
    await page.getByRole("button", { name: `Account menu for ${user.name}` }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
  };
  await signOut();
  await expect(page.getByText("You are still signed in. The server could not be reached")).toBeVisible();
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("button", { name: "Still here", exact: true })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "New task" })).toHaveValue("Half-typed");

  connection.answerAgain();
  await signOut();
  await expect(page).toHaveURL("/sign-in");
});

test("a signed-in user who opens /sign-in or /sign-up goes to the tasks page", async ({ page, user: _ }) => {
  await page.goto("/sign-in");
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("heading", { name: "Inbox", level: 1 })).toBeVisible();
  await page.goto("/sign-up");
  await expect(page).toHaveURL("/");
});

test("a signed-out visitor of the tasks page is sent to /sign-in, with the page to come back to", async ({ page }) => {
  await page.goto("/?view=active");
  await expect(page).toHaveURL(`/sign-in?next=${encodeURIComponent("/?view=active")}`);
  await expect(page.getByRole("heading", { name: "Sign in", level: 1 })).toBeVisible();
  await page.goto("/");
  await expect(page).toHaveURL("/sign-in");
});

test("a signed-out visit keeps its path and query through sign-in and lands exactly there", async ({
  page,
  user,
  context,
}) => {
  await context.clearCookies();
  const place = "/?view=active&sort=priority";
  await page.goto(place);
  await expect(page).toHaveURL(`/sign-in?next=${encodeURIComponent(place)}`);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(place);
  await expect(page.getByRole("heading", { name: "Inbox", level: 1 })).toBeVisible();
});

test("any query of the tasks page comes along to sign-in", async ({ page }) => {
  for (const place of ["/?view=completed", "/?view=all&sort=due&q=milk"]) {
    await page.goto(place);
    await expect(page).toHaveURL(`/sign-in?next=${encodeURIComponent(place)}`);
  }
  // Next.js hands the server a query re-encoded (`%20` as `+`): the same parameters all the same.
  await page.goto("/?q=a%20b&tag=%23x");
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  const next = new URL(page.url()).searchParams.get("next") as string;
  expect(next.startsWith("/?")).toBe(true);
  expect([...new URL(next, page.url()).searchParams]).toEqual([
    ["q", "a b"],
    ["tag", "#x"],
  ]);
});

test("a session cookie that no longer holds a session still keeps the place", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "better-auth.session_token", value: "ended.session", url: baseURL as string }]);
  await page.goto("/?view=active&sort=due");
  await expect(page).toHaveURL(`/sign-in?next=${encodeURIComponent("/?view=active&sort=due")}`);
});

test("a next that leads off the site is ignored: the user lands on the tasks page", async ({ page, user, context }) => {
  for (const next of ["//evil.example/x", "https://evil.example/", "/\\evil.example", "/\t/evil.example"]) {
    // Off the tasks page first: signed out under it, its live stream's next token request would be refused (401).
    await page.goto("about:blank");
    await context.clearCookies();
    await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
    await expect(page.getByRole("link", { name: "Create an account" })).toHaveAttribute("href", "/sign-up");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL("/", { timeout: PASSWORD_HASHING_MS });
    await expect(page.getByRole("heading", { name: "Inbox", level: 1 })).toBeVisible();
  }
});

test("a signed-in user who opens /sign-in with a next goes there", async ({ page, user: _ }) => {
  await page.goto(`/sign-in?next=${encodeURIComponent("/?view=completed")}`);
  await expect(page).toHaveURL("/?view=completed");
  await page.goto(`/sign-up?next=${encodeURIComponent("//evil.example")}`);
  await expect(page).toHaveURL("/");
});

test("the link to sign-up keeps the place to come back to", async ({ page }) => {
  const next = encodeURIComponent("/?view=active&sort=priority");
  await page.goto(`/sign-in?next=${next}`);
  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page).toHaveURL(`/sign-up?next=${next}`);
  await page.getByRole("link", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`/sign-in?next=${next}`);
});

test("the show-password button shows and hides the password, by mouse and keyboard", async ({ page }) => {
  await page.goto("/sign-in");
  const password = page.getByLabel("Password");
  const toggle = page.getByRole("button", { name: "Show password" });
  await expect(password).toHaveAttribute("autocomplete", "current-password");
  await expect(page.getByLabel("Email")).toHaveAttribute("autocomplete", "email");
  await password.fill("s3cret words");
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(password).toHaveAttribute("type", "password");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(password).toHaveAttribute("type", "text");
  await expect(password).toHaveValue("s3cret words");

  await password.focus();
  await page.keyboard.press("Tab");
  await expect(toggle).toBeFocused();
  await page.keyboard.press("Space");
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(password).toHaveAttribute("type", "password");
});

for (const width of [1280, 375]) {
  test(`the sign-in form does not move as its messages show, ${width} px wide`, async ({
    page,
    user,
    context,
    consoleGuard,
  }) => {
    consoleGuard.allow(/status of 401/);
    await context.clearCookies();
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/sign-in");
    const submit = page.getByRole("button", { name: "Sign in" });
    const unmoved = await pinTop(submit);

    await submit.click();
    await expect(page.getByLabel("Password")).toHaveAccessibleDescription("Enter your password");
    await unmoved("both fields in error");

    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill("not the password");
    await submit.click();
    await expect(page.getByRole("alert").filter({ hasText: "do not match an account" })).toBeVisible();
    await unmoved("the sign-in refused");
  });
}
