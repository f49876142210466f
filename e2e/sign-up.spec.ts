import { PASSWORD_HASHING_MS } from "./support/accounts";
import { expect, signUpUser, test, uniqueEmail } from "./support/fixtures";
import { pinTop } from "./support/stays-put";

/** The password's rules, which describe the field before and after any error. */
const RULES = "At least 8 characters Not a common or guessable password";

test("signing up through the form lands on the empty tasks page", async ({ page }) => {
  const email = uniqueEmail();
  await page.goto("/sign-up");
  await expect(page).toHaveTitle("Create your account · Todo");
  await page.getByLabel("Name").fill("Ada Lovelace");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("correct horse battery staple");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL("/", { timeout: PASSWORD_HASHING_MS });
  await expect(page.getByRole("heading", { name: "Inbox", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Account menu for Ada Lovelace" }).click();
  await expect(page.getByRole("menu")).toContainText(email);
  await page.keyboard.press("Escape");
  await expect(page.getByText("Nothing to do yet")).toBeVisible();
});

test.describe("in a browser set to New York time", () => {
  test.use({ timezoneId: "America/New_York" });

  test("signing up saves the browser's time zone as the account's", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Grace Hopper");
    await page.getByLabel("Email").fill(uniqueEmail());
    await page.getByLabel("Password").fill("correct horse battery staple");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("heading", { name: "Inbox", level: 1 })).toBeVisible();

    const { token } = (await (await page.request.get("/api/auth/token")).json()) as { token: string };
    const { user } = (await (await page.request.get("/api/auth/get-session")).json()) as { user: { id: string } };
    const settings = await page.request.get(`/api/${user.id}/settings`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(await settings.json()).toMatchObject({ timeZone: "America/New_York" });
  });
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
  await expect(password).toHaveAccessibleDescription(`Use at least 8 characters ${RULES}`);

  await name.fill("Ada");
  await email.fill("not-an-email");
  await password.fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(name).not.toHaveAttribute("aria-invalid");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAccessibleDescription("Enter a valid email address");
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(password).toHaveAccessibleDescription(`Use at least 8 characters ${RULES}`);
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

test("signing up from a link with a place to come back to lands there", async ({ page }) => {
  const place = "/?view=active&sort=priority";
  await page.goto(`/sign-up?next=${encodeURIComponent(place)}`);
  await page.getByLabel("Name").fill("Ada Lovelace");
  await page.getByLabel("Email").fill(uniqueEmail());
  await page.getByLabel("Password").fill("correct horse battery staple");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(place);
  await expect(page.getByRole("heading", { name: "Inbox", level: 1 })).toBeVisible();
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

test("shows the password rules up front, rates the password as it is typed, and refuses a common one", async ({
  page,
}) => {
  const signUps: string[] = [];
  page.on("request", (request) => request.url().includes("/api/auth/sign-up") && signUps.push(request.url()));
  await page.goto("/sign-up");
  const password = page.getByLabel("Password");
  const rules = page.getByRole("list").filter({ hasText: "At least 8 characters" });
  const strength = page.locator("#password-strength");
  await expect(strength).toHaveAttribute("aria-live", "polite");
  await expect(rules.getByRole("listitem")).toHaveText(["At least 8 characters", "Not a common or guessable password"]);
  await expect(password).toHaveAccessibleDescription(RULES);
  await expect(password).toHaveAttribute("autocomplete", "new-password");

  await page.getByLabel("Name").fill("Ada Lovelace");
  await page.getByLabel("Email").fill(uniqueEmail());
  await password.fill("password123");
  await expect(strength).toHaveText("Password strength: Very weak. This is a commonly used password.");
  await expect(page.getByText("This is a commonly used password.", { exact: true })).toBeVisible();
  await expect(rules.locator("li[data-met=true]")).toHaveText(["At least 8 characters"]);

  await page.getByRole("button", { name: "Create account" }).click();
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(password).toBeFocused();
  await expect(password).toHaveAccessibleDescription(`Too easy to guess. This is a commonly used password. ${RULES}`);
  expect(signUps).toHaveLength(0);

  await password.fill("violet tractor lantern mossy");
  await expect(password).not.toHaveAttribute("aria-invalid");
  await expect(strength).toHaveText("Password strength: Strong");
  await expect(rules.locator("li[data-met=true]")).toHaveCount(2);
});

test("refuses a password made of the account's own email or name", async ({ page }) => {
  const signUps: string[] = [];
  page.on("request", (request) => request.url().includes("/api/auth/sign-up") && signUps.push(request.url()));
  const email = uniqueEmail();
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Ada Lovelace");
  await page.getByLabel("Email").fill(email);
  const password = page.getByLabel("Password");
  for (const guessable of [email.split("@")[0] as string, "adalovelace1"]) {
    await password.fill(guessable);
    // Rated in the browser first: this is the form's own refusal, before anything is sent.
    await expect(page.locator("#password-strength")).toContainText(/Very weak|Weak|Fair/);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(password).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#password-error")).toHaveText(/^Too easy to guess\. /);
  }
  await expect(page).toHaveURL("/sign-up");
  expect(signUps).toHaveLength(0);
});

for (const width of [1280, 375]) {
  test(`the sign-up form does not move as its messages show, ${width} px wide`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/sign-up");
    const submit = page.getByRole("button", { name: "Create account" });
    const unmoved = await pinTop(submit);

    await submit.click();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    await unmoved("every field in error");

    await page.getByLabel("Name").fill("Ada Lovelace");
    await page.getByLabel("Email").fill(uniqueEmail());
    await page.getByLabel("Password").fill("qwerty123");
    await expect(page.locator("#password-strength", { hasText: "Very weak" })).toBeAttached();
    await unmoved("rated weak, with advice");

    await submit.click();
    await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
    await unmoved("a guessable password refused");

    await page.getByLabel("Password").fill("violet tractor lantern mossy");
    await expect(page.locator("#password-strength", { hasText: "Strong" })).toBeAttached();
    await unmoved("rated strong");
  });
}
