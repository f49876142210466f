import type { Page } from "@playwright/test";
import { migrateUpAt } from "@todo/db/migrate";
import { type AppServer, startAppServer } from "@todo/test-support/app-server";
import { linkIn, type SmtpInbox, startSmtpInbox } from "@todo/test-support/smtp-inbox";
import { createTestDatabase, type TestDatabase } from "@todo/test-support/test-database";
import { PASSWORD_HASHING_MS } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test, uniqueEmail } from "./support/fixtures";
import { WEB_DIR } from "./support/web-dir";

// An instance of its own with REQUIRE_EMAIL_VERIFICATION (the suite's has it off), mailing an inbox in this process.
let database: TestDatabase;
let inbox: SmtpInbox;
let server: AppServer;
test.beforeAll(async () => {
  database = await createTestDatabase("todo_e2e_verify", { setUp: migrateUpAt });
  inbox = await startSmtpInbox();
  server = await startAppServer(WEB_DIR, {
    DATABASE_URL: database.url,
    SMTP_URL: inbox.url,
    REQUIRE_EMAIL_VERIFICATION: "true",
  });
});
test.afterAll(async () => {
  await server?.stop();
  await inbox?.stop();
  await database?.drop();
});

const password = "correct horse battery staple";
const SENT_AGAIN = "A new link is on its way. It works for one hour.";
const verifyLink = (mail: { text?: string | undefined }) => linkIn(mail, `${server.url}/api/auth/verify-email?token=`);

/** Signs `name` up through this instance's form with a new address, and waits to be told to check the inbox. */
async function signUpThroughForm(page: Page, name: string): Promise<string> {
  const email = uniqueEmail();
  await page.goto(`${server.url}/sign-up`);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible({ timeout: PASSWORD_HASHING_MS });
  return email;
}

test("signs up, is told to check the inbox, and the mailed link confirms the address and signs in", async ({
  page,
}) => {
  const email = await signUpThroughForm(page, "Vera Verified");
  await expect(page).toHaveURL(`${server.url}/sign-up`);
  await expect(page.getByRole("status").filter({ hasText: "We have sent a link" })).toContainText(
    `We have sent a link to ${email}`,
  );
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Send the link again" }).click();
  await expect(page.getByRole("status").filter({ hasText: "A new link is on its way" })).toHaveText(SENT_AGAIN);
  await expectNoAxeViolations(page);

  await page.goto(verifyLink(await inbox.waitFor(email)));
  await expect(page).toHaveURL(`${server.url}/`);
  await expect(page.getByRole("button", { name: "Account menu for Vera Verified" })).toBeVisible();
});

test("signing in before the address is confirmed says so, and sends the link again", async ({
  page,
  clientIp,
  consoleGuard,
}) => {
  consoleGuard.allow(/status of 403/);
  const email = uniqueEmail();
  const signedUp = await fetch(`${server.url}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { Origin: server.url, "Content-Type": "application/json", "X-Forwarded-For": clientIp },
    body: JSON.stringify({ name: "Una Unverified", email, password }),
  });
  expect(signedUp.status).toBe(200);
  const first = await inbox.waitFor(email);

  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Confirm your email address first" })).toHaveText(
    "Confirm your email address first: open the link we mailed you, or send it again below.",
    { timeout: PASSWORD_HASHING_MS },
  );
  await expect(page).toHaveURL(`${server.url}/sign-in`);
  await expectNoAxeViolations(page);
  const since = inbox.messages.length;
  await page.getByRole("button", { name: "Send the link again" }).click();
  await expect(page.getByRole("status").filter({ hasText: "A new link is on its way" })).toHaveText(SENT_AGAIN);
  await expectNoAxeViolations(page);

  const again = await inbox.waitFor(email, { since });
  expect(again.subject).toBe(first.subject);
  await page.goto(verifyLink(again));
  await expect(page).toHaveURL(`${server.url}/`);
  await expect(page.getByRole("button", { name: "Account menu for Una Unverified" })).toBeVisible();
});

test("sending the link again with no answer says so, and sends it on the next try", async ({ page, dropRequests }) => {
  const email = await signUpThroughForm(page, "Nell No-Signal");
  await inbox.waitFor(email);
  const since = inbox.messages.length;

  const connection = await dropRequests("**/api/auth/send-verification-email");
  const resend = page.getByRole("button", { name: "Send the link again" });
  await resend.click();
  await expect(page.getByRole("alert").filter({ hasText: "The server could not be reached" })).toBeVisible();
  await expect(resend, "not left waiting").toBeEnabled();
  await expect(page.getByRole("status").filter({ hasText: "A new link is on its way" })).toHaveCount(0);

  connection.answerAgain();
  await resend.click();
  await expect(page.getByRole("status").filter({ hasText: "A new link is on its way" })).toHaveText(SENT_AGAIN);
  await inbox.waitFor(email, { since });
});
