import { expect, test } from "./support/fixtures";
import { newTaskBox } from "./support/stable-ui";
import { expectTheme, THEMES, useTheme } from "./support/theme";

// The page as it is before its scripts run (on a slow phone, for seconds): the server's HTML and the
// inline theme script, with every script bundle refused.
const BUNDLES = /\/_next\/static\/.+\.js(\?|$)/;

for (const theme of THEMES) {
  const other = theme === "dark" ? "light" : "dark";
  test(`before its scripts load, the page shows the saved ${theme} theme and nothing names another`, async ({
    page,
    user: _,
    consoleGuard,
  }) => {
    consoleGuard.allow(/Failed to load resource/);
    await page.emulateMedia({ colorScheme: other });
    await useTheme(page, theme);
    await page.route(BUNDLES, (route) => route.abort());
    await page.goto("/", { waitUntil: "domcontentloaded" });
    await expect(newTaskBox(page)).toBeVisible();
    await expectTheme(page, theme);
    // Issue 13, walk item 12: a theme button read "Auto" until the scripts loaded. The theme is chosen
    // in the account menu now, which opens only with scripts: nothing on the page may claim another.
    await expect(page.getByRole("button", { name: /theme|auto/i })).toHaveCount(0);
    await expect(page.getByText(/\b(auto|system theme|light theme|dark theme)\b/i)).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Account menu for / })).toBeVisible();
  });
}
