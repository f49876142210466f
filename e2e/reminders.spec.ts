import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { tasksPage } from "./support/tasks-page";

async function expectNoAxeViolations(page: Page) {
  // The sheet and its menus slide in: judge their colours once they have arrived.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
}

/** `YYYY-MM-DD` and `HH:MM` of an instant, in UTC (the test user's time zone). */
function utcWallClock(instant: number): { dueDate: string; dueTime: string } {
  const iso = new Date(instant).toISOString();
  return { dueDate: iso.slice(0, 10), dueTime: iso.slice(11, 16) };
}

test("reminders are added from presets and as a custom one, removed, saved, and kept after a reload", async ({
  page,
  user,
}) => {
  await user.createTasks([{ title: "Call the plumber", dueDate: "2099-03-02", dueTime: "17:00" }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  await expect(tasks.item("Call the plumber").getByTestId("task-reminders")).toHaveCount(0);
  const details = await tasks.openDetails("Call the plumber");
  const reminders = details.getByRole("list", { name: "Reminders" });

  for (const preset of ["At due time", "10 minutes before", "1 day before"]) {
    await details.getByRole("button", { name: "Add reminder" }).click();
    await page.getByRole("menuitem", { name: preset }).click();
    await expect(reminders.getByRole("listitem").filter({ hasText: preset })).toBeVisible();
  }
  // A preset already chosen is not offered twice.
  await details.getByRole("button", { name: "Add reminder" }).click();
  await expect(page.getByRole("menuitem", { name: "At due time" })).toBeDisabled();
  await page.getByRole("menuitem", { name: "Custom…" }).click();
  const custom = details.getByRole("group", { name: "Custom reminder" });
  await custom.getByLabel("How many").fill("2");
  await custom.getByRole("combobox", { name: "Unit" }).click();
  await page.getByRole("option", { name: "hours before" }).click();
  await custom.getByRole("button", { name: "Add" }).click();
  await expect(custom).toHaveCount(0);
  await details.getByRole("button", { name: "Remove reminder 10 minutes before" }).click();
  await expect(reminders.getByRole("listitem")).toHaveText(["At due time", "2 hours before", "1 day before"]);
  await expectNoAxeViolations(page);

  await details.getByRole("button", { name: "Save" }).click();
  await expect(details).toHaveCount(0);
  const bell = tasks.item("Call the plumber").getByTestId("task-reminders");
  await expect(bell).toHaveAttribute("title", "Reminders: At due time, 2 hours before, 1 day before");

  await page.reload();
  await expect(bell).toBeVisible();
  const again = await tasks.openDetails("Call the plumber");
  await expect(again.getByRole("list", { name: "Reminders" }).getByRole("listitem")).toHaveText([
    "At due time",
    "2 hours before",
    "1 day before",
  ]);

  // Clearing the due date takes the reminders with it: there is nothing left to count back from.
  await again.getByRole("button", { name: /^Due date:/ }).click();
  await page.getByRole("button", { name: "No date" }).click();
  await expect(again.getByText("Reminders need a due date: set one to add them.")).toBeVisible();
  await again.getByRole("button", { name: "Save" }).click();
  await page.reload();
  await expect(tasks.item("Call the plumber").getByTestId("task-reminders")).toHaveCount(0);
});

test("a task without a due date explains that reminders need one", async ({ page, user }) => {
  await user.createTasks([{ title: "Someday" }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  const details = await tasks.openDetails("Someday");
  await expect(details.getByRole("group", { name: "Reminders" })).toContainText(
    "Reminders need a due date: set one to add them.",
  );
  await expect(details.getByRole("button", { name: "Add reminder" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("with notifications off, a reminder whose time passes shows in the page, once, and Open opens the task", async ({
  page,
  user,
}) => {
  await user.setTimeZone("UTC");
  const start = Date.now();
  // Due at a whole minute two to three minutes on, reminded a minute before it: so the reminder's
  // minute comes at least a minute after `start`, after the page has loaded and begun to watch (the
  // page shows the reminders whose time passes while it is open, not those that passed before).
  const due = Math.floor(start / 60_000) * 60_000 + 180_000;
  await user.createTasks([
    { title: "Take the cake out", ...utcWallClock(due), reminders: [{ minutesBefore: 1 }] },
    { title: "Not yet", ...utcWallClock(due + 3_600_000), reminders: [{ minutesBefore: 0 }] },
  ]);
  await page.clock.install({ time: start });
  const tasks = tasksPage(page);
  await tasks.goto();
  await expect(tasks.item("Take the cake out").getByTestId("task-reminders")).toBeVisible();
  const toast = tasks.toast("Take the cake out");
  await expect(toast).toHaveCount(0);

  // The minute the reminder is for comes (a minute before the due time).
  await page.clock.runFor(due - 60_000 - start + 1_000);
  await expect(toast).toBeVisible();
  await expect(toast).toContainText(`Reminder · due Today ${utcWallClock(due).dueTime}`);
  await expect(tasks.toast("Not yet")).toHaveCount(0);

  await toast.getByRole("button", { name: "Open" }).click();
  const details = page.getByRole("dialog", { name: "Task details" });
  await expect(details.getByLabel("Title")).toHaveValue("Take the cake out");
  await page.keyboard.press("Escape");
  await expect(details).toHaveCount(0);

  // Once per reminder: later minutes do not show it again.
  await page.clock.runFor(120_000);
  await expect(toast).toHaveCount(0);
});
