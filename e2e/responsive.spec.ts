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
  await expect(tasks.region.getByRole("listitem")).toHaveCount(SAMPLE_TASKS.length + 1);
  expect(await scrollWidth(page)).toBeLessThanOrEqual(375);

  // On a touch screen the "…" menu is always there, and a finger's size (44 px).
  const more = tasks.item("Water the plants").getByRole("button", { name: 'More actions for "Water the plants"' });
  await expect(more).toBeVisible();
  const box = await more.boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(44);
  expect(box?.height).toBeGreaterThanOrEqual(44);

  // Details open as a bottom sheet, the phone's full width, at the bottom of the screen.
  await more.click();
  await page.getByRole("menuitem", { name: "Open details" }).click();
  const details = page.getByRole("dialog", { name: "Task details" });
  await expect(details).toBeVisible();
  await expect(details.getByLabel("Title", { exact: true })).toHaveValue("Water the plants");
  // (Polled: the sheet slides in from below.)
  await expect
    .poll(async () => {
      const box = await details.boundingBox();
      return box && [box.x, box.width, Math.round(box.y + box.height)];
    })
    .toEqual([0, 375, 740]);
  expect(await scrollWidth(page)).toBeLessThanOrEqual(375);
  await page.keyboard.press("Escape");
  await expect(details).toHaveCount(0);

  await tasks.item("Water the plants").getByRole("button", { name: "Show tasks tagged home" }).click();
  await expect(page.getByRole("button", { name: "Stop filtering by tag home" })).toBeVisible();
  expect(await scrollWidth(page)).toBeLessThanOrEqual(375);

  // No keyboard on a phone: no Shortcuts button nor menu item; the account menu fits.
  await expect(page.getByRole("button", { name: "Shortcuts" })).toBeHidden();
  await page.getByRole("button", { name: "Account menu for Ada Lovelace" }).click();
  const menu = page.getByRole("menu");
  await expect(menu.getByRole("menuitem", { name: "Sign out" })).toBeVisible();
  await expect(menu.getByRole("menuitem", { name: /Keyboard shortcuts/ })).toBeHidden();
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
