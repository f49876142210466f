import { readFile } from "node:fs/promises";
import { type APIRequestContext, request } from "@playwright/test";
import { linkIn } from "@todo/test-support/smtp-inbox";
import { expectNoAxeViolations } from "./support/axe";
import { expect, type TestUser, test, uniqueEmail } from "./support/fixtures";
import { waitForMail } from "./support/mail";

const FIREFOX_ON_ANDROID = "Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0";

/** The user signed in once more, from another "device" (its user agent), as Better Auth sees it. */
async function signInElsewhere(baseURL: string, user: TestUser, password = user.password): Promise<APIRequestContext> {
  const device = await request.newContext({
    baseURL,
    userAgent: FIREFOX_ON_ANDROID,
    extraHTTPHeaders: { Origin: baseURL, "X-Forwarded-For": user.ip },
  });
  const response = await device.post("/api/auth/sign-in/email", { data: { email: user.email, password } });
  expect(response.status()).toBe(200);
  return device;
}

async function sessionOf(device: APIRequestContext) {
  return (await (await device.get("/api/auth/get-session")).json()) as { user: { email: string } } | null;
}

test("the settings page has every section and no accessibility violations", async ({ page, user }) => {
  await page.goto("/settings");
  for (const name of [
    "Profile",
    "Time zone",
    "Notifications",
    "Password",
    "Signed-in devices",
    "Access tokens",
    "Your data",
    "Delete account",
  ]) {
    await expect(page.getByRole("heading", { name, level: 2 })).toBeVisible();
  }
  await expect(page.getByLabel("Email")).toHaveValue(user.email);
  await expect(page.getByRole("list", { name: "Devices" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("while the settings, devices and tokens load, their placeholders are named for screen readers and pass axe", async ({
  page,
  user,
}) => {
  // The three reads wait until the test lets them through, as on a slow network.
  let letThrough = () => {};
  const held = new Promise<void>((resolve) => (letThrough = resolve));
  for (const url of [`**/api/${user.id}/settings`, `**/api/${user.id}/access-tokens`, "**/api/auth/list-sessions"]) {
    await page.route(url, async (route) => {
      if (route.request().method() === "GET") await held;
      await route.fallback();
    });
  }
  await page.goto("/settings");
  for (const words of ["Loading your time zone…", "Loading your devices…", "Loading your tokens…"]) {
    await expect(page.getByText(words, { exact: true })).toBeAttached();
  }
  await expectNoAxeViolations(page);

  letThrough();
  await expect(page.getByRole("list", { name: "Devices" })).toBeVisible();
  await expect(page.getByText("No tokens yet.")).toBeVisible();
  await expect(page.getByText(/^Loading your/)).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("changes the name, and the account menu shows it", async ({ page, user }) => {
  await page.goto("/settings");
  await expect(page.getByRole("button", { name: `Account menu for ${user.name}` })).toBeVisible();
  await page.getByLabel("Name", { exact: true }).fill("Ada King");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("Name saved")).toBeVisible();
  await expect(page.getByRole("button", { name: "Account menu for Ada King" })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Ada King");
});

test("a name change that gets no answer says so, keeps the name typed, and can be sent again", async ({
  page,
  user,
  dropRequests,
}) => {
  const connection = await dropRequests("**/api/auth/update-user");
  await page.goto("/settings");
  await expect(page.getByRole("button", { name: `Account menu for ${user.name}` })).toBeVisible();
  const name = page.getByLabel("Name", { exact: true });
  await name.fill("Ada King");
  const save = page.getByRole("button", { name: "Save name" });
  await save.click();
  await expect(page.getByText("The server could not be reached")).toBeVisible();
  await expect(name).toHaveValue("Ada King");
  await expect(save, "not left waiting").toBeEnabled();

  connection.answerAgain();
  await save.click();
  await expect(page.getByText("Name saved")).toBeVisible();
  await expect(page.getByRole("button", { name: "Account menu for Ada King" })).toBeVisible();
});

test("changes the email once the link mailed to the new address is opened", async ({ page, user }) => {
  const newEmail = uniqueEmail();
  await page.goto("/settings");
  await page.getByLabel("Email").fill(newEmail);
  await page.getByRole("button", { name: "Change email" }).click();
  await expect(page.getByRole("status").filter({ hasText: `We sent a link to ${newEmail}` })).toBeVisible();
  const mail = await waitForMail(newEmail);
  await page.goto(linkIn(mail, `${new URL(page.url()).origin}/api/auth/verify-email?token=`));
  await expect(page).toHaveURL("/settings");
  await expect(page.getByLabel("Email")).toHaveValue(newEmail);
  expect(user.email).not.toBe(newEmail);
});

test("an email change that gets no answer says so, keeps the address typed, and sends the link on the next try", async ({
  page,
  user,
  dropRequests,
}) => {
  const connection = await dropRequests("**/api/auth/change-email");
  const newEmail = uniqueEmail();
  await page.goto("/settings");
  const email = page.getByLabel("Email");
  await email.fill(newEmail);
  const change = page.getByRole("button", { name: "Change email" });
  await change.click();
  await expect(page.getByText("The server could not be reached")).toBeVisible();
  await expect(email).toHaveValue(newEmail);
  await expect(change, "not left waiting").toBeEnabled();

  connection.answerAgain();
  await change.click();
  await expect(page.getByRole("status").filter({ hasText: `We sent a link to ${newEmail}` })).toBeVisible();
  await waitForMail(newEmail);
  expect(user.email).not.toBe(newEmail);
});

test("changes the password with the current one, and signs out the other devices", async ({
  page,
  user,
  baseURL,
  consoleGuard,
}) => {
  consoleGuard.allow(/status of 400/);
  const other = await signInElsewhere(baseURL as string, user);
  await page.goto("/settings");
  const section = page.locator("#change-password");
  await section.getByLabel("Current password").fill("not my password");
  await section.getByLabel("New password", { exact: true }).fill("a brand new tangerine pelican");
  await section.getByRole("button", { name: "Change password" }).click();
  await expect(section.getByText("That is not your current password")).toBeVisible();
  await section.getByLabel("Current password").fill(user.password);
  await section.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed. Your other devices are signed out.")).toBeVisible();
  expect(await sessionOf(other)).toBeNull();
  // This device stays signed in.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
  await (await signInElsewhere(baseURL as string, user, "a brand new tangerine pelican")).dispose();
  await other.dispose();
});

test("a password change that gets no answer says so, keeps what was typed, and changes it on the next try", async ({
  page,
  user,
  baseURL,
  dropRequests,
}) => {
  const connection = await dropRequests("**/api/auth/change-password");
  await page.goto("/settings");
  const section = page.locator("#change-password");
  const newPassword = "a lighthouse keeper with no signal";
  await section.getByLabel("Current password").fill(user.password);
  await section.getByLabel("New password", { exact: true }).fill(newPassword);
  const change = section.getByRole("button", { name: "Change password" });
  await change.click();
  await expect(section.getByText("The server could not be reached")).toBeVisible();
  await expect(section.getByLabel("Current password")).toHaveValue(user.password);
  await expect(section.getByLabel("New password", { exact: true })).toHaveValue(newPassword);
  await expect(change, "not left waiting").toBeEnabled();
  // Nothing changed: the old password still signs in.
  await (await signInElsewhere(baseURL as string, user)).dispose();

  connection.answerAgain();
  await change.click();
  await expect(page.getByText("Password changed. Your other devices are signed out.")).toBeVisible();
  await (await signInElsewhere(baseURL as string, user, newPassword)).dispose();
});

test("lists the signed-in devices, this one marked, and signs out one or all others", async ({
  page,
  user,
  baseURL,
}) => {
  const phone = await signInElsewhere(baseURL as string, user);
  const tablet = await signInElsewhere(baseURL as string, user);
  await page.goto("/settings");
  const devices = page.getByRole("list", { name: "Devices" }).getByRole("listitem");
  await expect(devices).toHaveCount(3);
  await expect(devices.filter({ hasText: "This device" })).toHaveCount(1);
  await expect(devices.filter({ hasText: "Firefox 133 on Android" })).toHaveCount(2);
  await expectNoAxeViolations(page);

  await devices
    .filter({ hasText: "Firefox 133 on Android" })
    .first()
    .getByRole("button", { name: /^Sign out/ })
    .click();
  await expect(devices).toHaveCount(2);
  expect([await sessionOf(phone), await sessionOf(tablet)].filter(Boolean)).toHaveLength(1);

  await page.getByRole("button", { name: "Sign out all other devices" }).click();
  await expect(devices).toHaveCount(1);
  await expect(devices.first()).toContainText("This device");
  expect([await sessionOf(phone), await sessionOf(tablet)]).toEqual([null, null]);
  await Promise.all([phone.dispose(), tablet.dispose()]);
});

test("devices that cannot be listed or signed out for want of an answer say so, and work on the next try", async ({
  page,
  user,
  baseURL,
  dropRequests,
}) => {
  const phone = await signInElsewhere(baseURL as string, user);
  const listing = await dropRequests("**/api/auth/list-sessions", "GET");
  const signingOut = await dropRequests("**/api/auth/revoke-session");
  await page.goto("/settings");
  const section = page.locator("#devices");
  await expect(section.getByRole("alert")).toContainText("The server could not be reached");

  listing.answerAgain();
  await section.getByRole("button", { name: "Try again" }).click();
  const devices = page.getByRole("list", { name: "Devices" }).getByRole("listitem");
  await expect(devices).toHaveCount(2);

  const other = devices.filter({ hasText: "Firefox 133 on Android" });
  await other.getByRole("button", { name: /^Sign out/ }).click();
  await expect(page.getByText("The server could not be reached")).toBeVisible();
  await expect(devices).toHaveCount(2);
  expect(await sessionOf(phone)).not.toBeNull();

  signingOut.answerAgain();
  await other.getByRole("button", { name: /^Sign out/ }).click();
  await expect(page.getByText("Device signed out")).toBeVisible();
  await expect(devices).toHaveCount(1);
  expect(await sessionOf(phone)).toBeNull();
  await phone.dispose();
});

test("creates an access token shown once, which a program can exchange, and revokes it", async ({
  page,
  user,
  baseURL,
}) => {
  await page.goto("/settings");
  const section = page.locator("#access-tokens");
  await expect(section.getByText("No tokens yet.")).toBeVisible();
  await section.getByLabel("Token name").fill("Backup script");
  await section.getByRole("radio", { name: /Read and write/ }).click();
  await section.getByRole("combobox", { name: "Expires after" }).click();
  await page.getByRole("option", { name: "90 days" }).click();
  await section.getByRole("button", { name: "Create token" }).click();
  const secret = await section.getByLabel("New token's secret").inputValue();
  expect(secret).toMatch(/^todo_pat_/);
  const row = section.getByRole("list", { name: "Access tokens" }).getByRole("listitem");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Backup script");
  await expect(row).toContainText("read and write");
  await expect(row).toContainText(secret.slice(0, 15));
  await expectNoAxeViolations(page);

  const program = await request.newContext({ baseURL });
  const exchanged = await program.post("/api/auth/token/exchange", { headers: { Authorization: `Bearer ${secret}` } });
  expect(exchanged.status()).toBe(200);
  expect(await exchanged.json()).toMatchObject({ scope: "read-write", userId: user.id });

  await section.getByRole("button", { name: "Done" }).click();
  await expect(section.getByLabel("New token's secret")).toHaveCount(0);
  await section.getByRole("button", { name: "Revoke Backup script" }).click();
  await expect(section.getByText("No tokens yet.")).toBeVisible();
  const refused = await program.post("/api/auth/token/exchange", { headers: { Authorization: `Bearer ${secret}` } });
  expect(refused.status()).toBe(401);
  await program.dispose();
});

test("downloads everything as one JSON file", async ({ page, user }) => {
  await user.createTasks([{ title: "Back me up" }]);
  await page.goto("/settings");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download export" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^todo-export-\d{4}-\d{2}-\d{2}\.json$/);
  const document = JSON.parse(await readFile((await download.path()) as string, "utf8"));
  expect(document).toMatchObject({ format: "todo-export", version: 1 });
  expect(document.tasks.map((t: { title: string }) => t.title)).toEqual(["Back me up"]);
});

test("a deletion that gets no answer says so, deletes nothing, and goes through on the next try", async ({
  page,
  user,
  baseURL,
  dropRequests,
}) => {
  const connection = await dropRequests("**/api/auth/delete-user");
  await page.goto("/settings");
  await page.getByRole("button", { name: "Delete account…" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Delete your account?" });
  await dialog.getByLabel("Password").fill(user.password);
  const remove = dialog.getByRole("button", { name: "Delete my account" });
  await remove.click();
  await expect(dialog.getByText("The server could not be reached")).toBeVisible();
  await expect(dialog.getByLabel("Password")).toHaveValue(user.password);
  await expect(remove, "not left waiting").toBeEnabled();
  // Still there: the account signs in.
  await (await signInElsewhere(baseURL as string, user)).dispose();

  connection.answerAgain();
  await remove.click();
  await expect(page).toHaveURL("/sign-in?notice=account-deleted");
});

test("deletes the account after asking for the password again", async ({ page, user, baseURL, consoleGuard }) => {
  consoleGuard.allow(/status of 400/);
  await page.goto("/settings");
  await page.getByRole("button", { name: "Delete account…" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Delete your account?" });
  await expectNoAxeViolations(page);
  await dialog.getByLabel("Password").fill("not my password");
  await dialog.getByRole("button", { name: "Delete my account" }).click();
  await expect(dialog.getByText("That is not your password")).toBeVisible();
  await dialog.getByLabel("Password").fill(user.password);
  await dialog.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL("/sign-in?notice=account-deleted");
  await expect(page.getByRole("status")).toContainText("Your account and everything in it were deleted.");
  const again = await request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL as string } });
  const signIn = await again.post("/api/auth/sign-in/email", { data: { email: user.email, password: user.password } });
  expect(signIn.status()).toBe(401);
  await again.dispose();
});
