import { expect, signUpUser, test, uniqueEmail } from "./support/fixtures";

test("signing up through the form lands on the empty tasks page", async ({ page }) => {
  const email = uniqueEmail();
  await page.goto("/sign-up");
  await expect(page).toHaveTitle("Create your account · Todo");
  await page.getByLabel("Name").fill("Ada Lovelace");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("correct horse battery staple");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL("/");
  await expect(page.getByRole("heading", { name: "Tasks", level: 1 })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await expect(page.getByText("Nothing to do yet. Add your first task above.")).toBeVisible();
});

test("shows each invalid field's message next to it and sends nothing", async ({ page }) => {
  const signUps: string[] = [];
  page.on("request", (request) => request.url().includes("/api/auth/sign-up") && signUps.push(request.url()));
  await page.goto("/sign-up");
  const name = page.getByLabel("Name");
  const email = page.getByLabel("Email");
  const password = page.getByLabel("Password");

  await page.getByRole("button", { name: "Create account" }).click();
  await expect(name).toHaveAccessibleDescription("Enter your name");
  await expect(email).toHaveAccessibleDescription("Enter a valid email address");
  await expect(password).toHaveAccessibleDescription("Use at least 8 characters");

  await name.fill("Ada");
  await email.fill("not-an-email");
  await password.fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(name).not.toHaveAttribute("aria-invalid");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAccessibleDescription("Enter a valid email address");
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(password).toHaveAccessibleDescription("Use at least 8 characters");
  await expect(page).toHaveURL("/sign-up");
  expect(signUps).toHaveLength(0);
});

test("says in place that an email is taken", async ({ page, baseURL, clientIp, consoleGuard }) => {
  consoleGuard.allow(/status of 422/);
  const existing = await signUpUser(baseURL as string, clientIp);
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Someone Else");
  await page.getByLabel("Email").fill(existing.email);
  await page.getByLabel("Password").fill("another good password");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page.getByLabel("Email")).toHaveAccessibleDescription("An account with this email already exists.");
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL("/sign-up");
});

test("links sign-up and sign-in to each other", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByRole("link", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/sign-in");
  await expect(page.getByRole("heading", { name: "Sign in", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page).toHaveURL("/sign-up");
  await expect(page.getByRole("heading", { name: "Create your account", level: 1 })).toBeVisible();
});
