import { expect, test } from "./support/fixtures";
import { newTaskBox } from "./support/stable-ui";
import { expectTheme, THEMES, useTheme } from "./support/theme";

// The page as it is before its scripts run (on a slow phone, for seconds): the server's HTML and the
// inline theme script, with every script bundle refused.
const BUNDLES = /\/_next\/static\/.+\.js(\?|$)/;

for (const theme of THEMES) {
  const other = theme === "dark" ? "light" : "dark";
  test(`before its scripts load, the theme control names the saved ${theme} theme, not the OS's`, async ({
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
    const control = page.getByRole("button", { name: /theme/i });
    await expect(control).toBeVisible();

    // Issue 13, walk item 12: it reads "Auto" until the scripts load. The header's owner fixes it;
    // then this line goes, and the test keeps it fixed.
    test.fail(true, "the theme control reads Auto until scripts load (issue 13, walk item 12)");
    await expect(control).toHaveAccessibleName(new RegExp(`\\b${theme}\\b`, "i"), { timeout: 1000 });
    await expect(control).not.toHaveAccessibleName(/auto|system/i, { timeout: 1000 });
  });
}
