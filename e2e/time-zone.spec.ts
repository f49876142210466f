import type { Page } from "@playwright/test";
import { dateIn, expect, test } from "./support/fixtures";
import { toastRegion } from "./support/stable-ui";
import { tasksPage } from "./support/tasks-page";

// A day apart (UTC+14 and UTC−11): at any instant their dates differ. The browser's own zone stays the same.
const EAST = "Pacific/Kiritimati";
const WEST = "Pacific/Pago_Pago";

async function todayTitles(page: Page) {
  const tasks = tasksPage(page);
  await tasks.goto("today");
  return tasks.region.getByRole("listitem");
}

test("the same tasks give different Today views to users in two zones", async ({ page, user, openBrowser }) => {
  const tasks = [
    { title: "Due today on Kiritimati", dueDate: dateIn(EAST) },
    { title: "Due today in Pago Pago", dueDate: dateIn(WEST) },
  ];
  await user.setTimeZone(EAST);
  await user.createTasks(tasks);
  const west = await openBrowser();
  await west.user.setTimeZone(WEST);
  await west.user.createTasks(tasks);

  await expect(await todayTitles(page)).toHaveText([/^Due today in Pago Pago/, /^Due today on Kiritimati/]);
  await expect(tasksPage(page).due("Due today in Pago Pago")).toContainText("Overdue, due");
  await expect(tasksPage(page).due("Due today on Kiritimati")).toContainText("Today");

  await expect(await todayTitles(west.page)).toHaveText([/^Due today in Pago Pago/]);
  await expect(tasksPage(west.page).due("Due today in Pago Pago")).toContainText("Today");
});

test("changing the time zone in Settings changes what Today holds", async ({ page, user }) => {
  await user.setTimeZone(WEST);
  await user.createTasks([{ title: "Kiritimati's today", dueDate: dateIn(EAST) }]);
  const tasks = tasksPage(page);
  await tasks.goto("today");
  await expect(tasks.item("Kiritimati's today")).toHaveCount(0);

  await page.getByRole("button", { name: /^Account menu/ }).click();
  await page.getByRole("menuitem", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  const zone = page.getByRole("combobox", { name: "Your time zone" });
  await expect(zone).toHaveText("Pacific/Pago Pago");
  await zone.click();
  await page.getByRole("combobox", { name: "Search time zones" }).fill("kiritimati");
  await page.keyboard.press("Enter");
  await expect(toastRegion(page)).toContainText("Time zone set to Pacific/Kiritimati");
  await expect(zone).toHaveText("Pacific/Kiritimati");
  await expect(page.getByTestId("zone-now")).toContainText(
    new Date(`${dateIn(EAST)}T12:00:00Z`).toLocaleDateString("en-US", {
      weekday: "long",
      month: "long",
      day: "numeric",
      year: "numeric",
      timeZone: "UTC",
    }),
  );

  await page.getByRole("link", { name: "Back to your tasks" }).click();
  await tasks.goto("today");
  await expect(tasks.item("Kiritimati's today")).toBeVisible();
  await expect(tasks.due("Kiritimati's today")).toContainText("Today");

  // This device's zone (the browser's) in one click.
  await page.goto("/settings");
  const device = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  await page.getByRole("button", { name: `Use this device's zone (${device.replaceAll("_", " ")})` }).click();
  await expect(zone).toHaveText(device.replaceAll("_", " "));
  await expect(page.getByRole("button", { name: /^Use this device's zone/ })).toHaveCount(0);
});

test("a stale settings page is told, and shows the zone saved meanwhile", async ({ page, user, consoleGuard }) => {
  consoleGuard.allow(/status of 412/);
  await page.goto("/settings");
  const zone = page.getByRole("combobox", { name: "Your time zone" });
  await expect(zone).toHaveText("UTC");
  await user.setTimeZone("Europe/Berlin");
  await zone.click();
  await page.getByRole("combobox", { name: "Search time zones" }).fill("Tokyo");
  await page.keyboard.press("Enter");
  await expect(toastRegion(page)).toContainText("Your settings were changed elsewhere meanwhile");
  await expect(zone).toHaveText("Europe/Berlin");
});
