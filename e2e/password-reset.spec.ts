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
