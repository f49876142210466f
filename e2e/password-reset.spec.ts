import { linkIn } from "@todo/test-support/smtp-inbox";
import { clientAddress, signUpUser } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { waitForMail } from "./support/mail";

test("resets a forgotten password with the link from the mail, then signs in with the new one", async ({
  page,
  baseURL,
}) => {
  test.slow();
  const user = await signUpUser(baseURL as string, clientAddress(), "Forgetful Fran");
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page).toHaveURL("/forgot-password");
  await expect(page).toHaveTitle("Forgot password · Todo");
  await expectNoAxeViolations(page);
  await page.getByLabel("Email").fill(user.email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByRole("status")).toContainText(`If an account uses ${user.email}`);
  await expectNoAxeViolations(page);

  const mail = await waitForMail(user.email);
  await page.goto(linkIn(mail, `${baseURL}/api/auth/reset-password/`));
  await expect(page).toHaveURL(/\/reset-password\?token=/);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await expectNoAxeViolations(page);
  const newPassword = "a brand new tangerine pelican";
  await page.getByLabel("Password", { exact: true }).fill(newPassword);
  await page.getByRole("button", { name: "Set the new password" }).click();

  await expect(page).toHaveURL("/sign-in?notice=password-reset");
  await expect(page.getByRole("status")).toContainText("Your password was changed");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(newPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/");
});

test("a used or unknown link says so and offers a new one", async ({ page }) => {
  await page.goto("/api/auth/reset-password/not-a-real-token?callbackURL=%2Freset-password");
  await expect(page).toHaveURL("/reset-password?error=INVALID_TOKEN");
  await expect(page.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Send a new link" }).click();
  await expect(page).toHaveURL("/forgot-password");
});

test("asking for a link with no answer says so, keeps the address, and can be sent again", async ({
  page,
  dropRequests,
}) => {
  const connection = await dropRequests("**/api/auth/request-password-reset");
  await page.goto("/forgot-password");
  const email = page.getByLabel("Email");
  await email.fill("nobody-in-particular@example.com");
  const send = page.getByRole("button", { name: "Send the link" });
  await send.click();
  await expect(page.getByRole("alert").filter({ hasText: "The server could not be reached" })).toBeVisible();
  await expect(email).toHaveValue("nobody-in-particular@example.com");
  await expect(send, "not left waiting").toBeEnabled();

  connection.answerAgain();
  await send.click();
  await expect(page.getByRole("status")).toContainText("If an account uses nobody-in-particular@example.com");
});

test("a new password sent with no answer says so, keeps the password, and is set on the next try", async ({
  page,
  baseURL,
  dropRequests,
}) => {
  test.slow();
  const user = await signUpUser(baseURL as string, clientAddress(), "Offline Olive");
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(user.email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByRole("status")).toContainText(`If an account uses ${user.email}`);
  const mail = await waitForMail(user.email);

  // The form's POST; the mailed link (a GET of /api/auth/reset-password/{token}) goes through.
  const connection = await dropRequests("**/api/auth/reset-password");
  await page.goto(linkIn(mail, `${baseURL}/api/auth/reset-password/`));
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  const newPassword = "an offline walrus in the pantry";
  const password = page.getByLabel("Password", { exact: true });
  await password.fill(newPassword);
  const set = page.getByRole("button", { name: "Set the new password" });
  await set.click();
  await expect(page.getByRole("alert").filter({ hasText: "The server could not be reached" })).toBeVisible();
  await expect(password).toHaveValue(newPassword);
  await expect(set, "not left waiting").toBeEnabled();
  await expect(page).toHaveURL(/\/reset-password\?token=/);

  connection.answerAgain();
  await set.click();
  await expect(page).toHaveURL("/sign-in?notice=password-reset");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(newPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/");
});
