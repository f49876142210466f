import type { Page, TestInfo } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { SAMPLE_TASKS } from "./support/sample-tasks";
import { emailField, newTaskBox, openTaskDetails, passwordField, settled } from "./support/stable-ui";
import { expectTheme, THEMES, type Theme, useTheme } from "./support/theme";

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 375, height: 812 },
] as const;

/**
 * Screenshots of the page as it is, full length, at each viewport: written under the run's output
 * folder (`test-results/screenshots/<name>-<width>x<height>-<theme>.png`) and attached to the report.
 */
function screenshots(page: Page, testInfo: TestInfo, theme: Theme) {
  return async (name: string) => {
    for (const { width, height } of VIEWPORTS) {
      await page.setViewportSize({ width, height });
      const file = `${testInfo.project.outputDir}/screenshots/${name}-${width}x${height}-${theme}.png`;
      await page.screenshot({ path: file, fullPage: true, animations: "disabled" });
      await testInfo.attach(`${name} ${width}×${height} ${theme}`, { path: file, contentType: "image/png" });
    }
  };
}

async function showsTasks(page: Page, titles: string[]) {
  await expect(newTaskBox(page)).toBeVisible();
  for (const title of titles) await expect(page.getByText(title, { exact: true })).toBeVisible();
  await settled(page);
}

for (const theme of THEMES) {
  test(`screenshots of every page, ${theme} theme, at 1280×800 and 375×812`, async ({
    page,
    user,
    context,
    consoleGuard,
  }, testInfo) => {
    // Sixteen full-page screenshots (eight pages, two widths) and a sign-up: 25–31 s on CI's shared cores,
    // past the default 30 s (light timed out twice on 2026-12-02; dark took 29.5 s).
    test.slow();
    await useTheme(page, theme);
    const shoot = screenshots(page, testInfo, theme);

    await page.goto("/");
    await showsTasks(page, []);
    await expectTheme(page, theme);
    await shoot("tasks-empty");

    await user.createTasks(SAMPLE_TASKS);
    await page.reload();
    await showsTasks(
      page,
      SAMPLE_TASKS.map((task) => task.title),
    );
    await shoot("tasks");

    if (await openTaskDetails(page, "Water the plants")) {
      await expect(page.getByRole("textbox", { name: /description/i })).toBeVisible();
      await shoot("tasks-details");
    } else {
      testInfo.annotations.push({ type: "not captured", description: "tasks-details: no Details button or menu item" });
    }

    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await newTaskBox(page).fill("Gym every mon wed fri 7am #health !high");
    await expect(page.getByRole("list", { name: "Recognised in the new task" })).toBeVisible();
    await shoot("tasks-quick-add");
    await newTaskBox(page).fill("");

    await page.goto("/settings");
    await expect(page.getByRole("combobox", { name: "Your time zone" })).toBeVisible();
    await settled(page);
    await shoot("settings");

    consoleGuard.allow(/no-such-page: Failed to load resource: .* 404/);
    await page.goto("/no-such-page");
    await expect(page.getByRole("heading", { name: /not found/i })).toBeVisible();
    await shoot("not-found");

    await context.clearCookies();
    await page.goto("/sign-in");
    await expect(emailField(page)).toBeVisible();
    await expect(passwordField(page)).toBeVisible();
    await shoot("sign-in");

    await page.goto("/sign-up");
    await expect(emailField(page)).toBeVisible();
    await shoot("sign-up");
    await page.getByRole("button", { name: /create account|sign up/i }).click();
    await expect(emailField(page)).toHaveAttribute("aria-invalid", "true");
    await shoot("sign-up-errors");
  });
}
