import path from "node:path";
import { expect, test } from "./support/fixtures";
import { SAMPLE_TASKS } from "./support/sample-tasks";
import { tasksPage } from "./support/tasks-page";
import { expectTheme, THEMES, useTheme } from "./support/theme";

const WIDTHS = [1280, 375] as const;
const DIR = path.resolve(import.meta.dirname, "test-results/screenshots");

for (const theme of THEMES) {
  test(`screenshots of every page, ${theme} theme, 1280 and 375 px wide`, async ({ page, user, context }, testInfo) => {
    await useTheme(page, theme);
    await user.createTasks(SAMPLE_TASKS);
    const tasks = tasksPage(page);

    const shoot = async (name: string) => {
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
        const file = path.join(DIR, `${name}-${width}-${theme}.png`);
        await page.screenshot({ path: file, fullPage: true, animations: "disabled" });
        await testInfo.attach(`${name} ${width}px ${theme}`, { path: file, contentType: "image/png" });
      }
    };

    await tasks.goto();
    await expectTheme(page, theme);
    await expect(tasks.list.getByRole("listitem")).toHaveCount(SAMPLE_TASKS.length);
    await shoot("tasks");
    await tasks
      .item("Water the plants")
      .getByRole("button", { name: /^Details of/ })
      .click();
    await shoot("tasks-details");

    await context.clearCookies();
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await shoot("sign-in");
    await page.goto("/sign-up");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    await shoot("sign-up-errors");
  });
}
