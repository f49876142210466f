import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { SAMPLE_TASKS } from "./support/sample-tasks";
import { tasksPage } from "./support/tasks-page";

test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

const scrollWidth = (page: Page) => page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);

test("the tasks page fits a 375 px phone without horizontal scrolling", async ({ page, user }) => {
  await user.createTasks([
    ...SAMPLE_TASKS,
    { title: `A-very-long-unbroken-title-${"x".repeat(120)}`, tags: ["a-long-tag-name-for-a-phone-32"] },
  ]);
  const tasks = tasksPage(page);
  await tasks.goto();
  await expect(tasks.list.getByRole("listitem")).toHaveCount(SAMPLE_TASKS.length + 1);
  expect(await scrollWidth(page)).toBeLessThanOrEqual(375);

  await tasks
    .item("Water the plants")
    .getByRole("button", { name: /^Details of/ })
    .click();
  await expect(page.getByRole("form", { name: 'Details of "Water the plants"' })).toBeVisible();
  expect(await scrollWidth(page)).toBeLessThanOrEqual(375);

  await tasks.item("Water the plants").getByRole("button", { name: "Show tasks tagged home" }).click();
  await expect(page.getByRole("button", { name: "Stop filtering by tag home" })).toBeVisible();
  expect(await scrollWidth(page)).toBeLessThanOrEqual(375);

  await page.getByRole("button", { name: "Shortcuts" }).click();
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  expect(await scrollWidth(page)).toBeLessThanOrEqual(375);
});

test("the sign-in and sign-up pages fit a 375 px phone", async ({ page }) => {
  for (const path of ["/sign-in", "/sign-up"]) {
    await page.goto(path);
    await page.getByRole("button", { name: /Sign in|Create account/ }).click();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    expect(await scrollWidth(page)).toBeLessThanOrEqual(375);
  }
});
