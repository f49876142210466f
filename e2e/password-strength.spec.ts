import AxeBuilder from "@axe-core/playwright";
import type { Page, Response, Route } from "@playwright/test";
import { routeChunks } from "./support/chunks";
import { expect, test, uniqueEmail } from "./support/fixtures";
import { expectTheme, THEMES, useTheme } from "./support/theme";

/** Text found only in the estimator's packages: its core, the keyboard graphs, the English words' advice. */
const ESTIMATOR_MARKERS = [
  "l33tMaxSubstitutions must be a non-negative number",
  "qwertz:{",
  "Straight rows of keys on your keyboard are easy to guess",
];

/** Every script the page fetches from now on, with its text. */
function collectScripts(page: Page) {
  const scripts: Promise<{ url: string; text: string }>[] = [];
  const onResponse = (response: Response) => {
    if (response.request().resourceType() === "script") {
      scripts.push(response.text().then((text) => ({ url: response.url(), text })));
    }
  };
  page.on("response", onResponse);
  return {
    all: () => Promise.all(scripts),
    stop: () => page.off("response", onResponse),
  };
}

const markersIn = (scripts: { text: string }[]) =>
  ESTIMATOR_MARKERS.filter((marker) => scripts.some(({ text }) => text.includes(marker)));

test("the estimator and its dictionaries are no part of the page's first load: the password field brings them", async ({
  page,
}) => {
  const firstLoad = collectScripts(page);
  await page.goto("/sign-up", { waitUntil: "networkidle" });
  firstLoad.stop();
  const loaded = await firstLoad.all();
  expect(loaded.length).toBeGreaterThan(0);
  expect(markersIn(loaded)).toEqual([]);

  const later = collectScripts(page);
  await page.getByLabel("Name").fill("Ada Lovelace");
  await page.getByLabel("Email").fill(uniqueEmail());
  await page.waitForLoadState("networkidle");
  expect(markersIn(await later.all()), "typing a name or email loads nothing").toEqual([]);

  await page.getByLabel("Password").focus();
  await expect(page.locator("#password-strength")).toBeEmpty();
  await page.getByLabel("Password").fill("password");
  await expect(page.locator("#password-strength")).toContainText("Very weak");
  later.stop();
  expect(markersIn(await later.all())).toEqual(ESTIMATOR_MARKERS);
});

test("while the dictionaries are still loading, the server refuses a guessable password and the form says why", async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.allow(/status of 400/);
  await page.goto("/sign-up", { waitUntil: "networkidle" });
  // The estimator's scripts asked for from now on wait until the test lets them through; the others (the
  // form's schemas) load.
  const held: Route[] = [];
  let holding = true;
  await routeChunks(page, ESTIMATOR_MARKERS, (route) => (holding ? void held.push(route) : route.continue()));
  await page.getByLabel("Name").fill("Ada Lovelace");
  await page.getByLabel("Email").fill(uniqueEmail());
  await page.getByLabel("Password").fill("qwerty123");
  await expect(page.locator("#password-strength")).toHaveText("Checking…");
  await expect.poll(() => held.length).toBeGreaterThan(0);

  const answered = page.waitForResponse((r) => new URL(r.url()).pathname === "/api/auth/sign-up/email");
  await page.getByRole("button", { name: "Create account" }).click();
  const response = await answered;
  expect(response.status()).toBe(400);
  expect(await response.json()).toEqual({
    code: "PASSWORD_TOO_WEAK",
    message: "Too easy to guess. This is a commonly used password.",
  });
  const password = page.getByLabel("Password");
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#password-error")).toHaveText("Too easy to guess. This is a commonly used password.");
  await expect(page).toHaveURL("/sign-up");

  holding = false;
  for (const route of held) await route.continue();
  await expect(page.locator("#password-strength")).toContainText("Very weak");
});

for (const theme of THEMES) {
  test(`the sign-up form with a rated password, advice and the password shown has no WCAG 2.1 AA violations, ${theme} theme`, async ({
    page,
  }) => {
    test.slow();
    await useTheme(page, theme);
    await page.goto("/sign-up");
    await expectTheme(page, theme);
    await page.getByLabel("Password").fill("qwerty123");
    await expect(page.locator("#password-strength")).toContainText("Very weak");
    await page.getByRole("button", { name: "Show password" }).click();
    const scan = () => new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect((await scan()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
    await page.getByLabel("Password").fill("violet tractor lantern mossy");
    await expect(page.locator("#password-strength")).toContainText("Strong");
    expect((await scan()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
  });
}
