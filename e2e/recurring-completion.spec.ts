import { expect, isoDate, test } from "./support/fixtures";
import { tasksPage } from "./support/tasks-page";

const daily = { rule: "FREQ=DAILY", from: "due" as const };

test("completing a recurring task moves it to its next date, and Undo brings it back", async ({ page, user }) => {
  await user.createTasks([{ title: "Take vitamins", dueDate: isoDate(0), dueTime: "08:00", recurrence: daily }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  await expect(tasks.due("Take vitamins")).toContainText("Today 08:00");

  // x on the focused row.
  await tasks.title("Take vitamins").focus();
  await page.keyboard.press("x");
  const toast = tasks.toast("Next: Tomorrow 08:00");
  await expect(toast).toBeVisible();
  await expect(toast).toContainText("Take vitamins");
  await expect(tasks.due("Take vitamins")).toContainText("Tomorrow 08:00");
  await expect(tasks.checkbox("Take vitamins")).not.toBeChecked();
  await expect(tasks.itemsLeft).toHaveText("1 item left");

  await toast.getByRole("button", { name: "Undo" }).click();
  await expect(tasks.due("Take vitamins")).toContainText("Today 08:00");
  // The server undid it too.
  await tasks.goto();
  await expect(tasks.due("Take vitamins")).toContainText("Today 08:00");
  await expect(tasks.repeat("Take vitamins")).toHaveAttribute("title", "Every day");
});

test("the checkbox completes an occurrence too; Ctrl+Z takes it back; a series that ends is completed", async ({
  page,
  user,
}) => {
  await user.createTasks([
    { title: "Stand-up", dueDate: isoDate(0), recurrence: { rule: "FREQ=WEEKLY", from: "due" } },
    {
      title: "Last session",
      dueDate: isoDate(0),
      recurrence: { rule: `FREQ=DAILY;UNTIL=${isoDate(0).replaceAll("-", "")}`, from: "due" },
    },
  ]);
  const tasks = tasksPage(page);
  await tasks.goto();

  await tasks.checkbox("Stand-up").click();
  await expect(tasks.toast(/^Next: /)).toBeVisible();
  await expect(tasks.due("Stand-up").locator("time")).toHaveAttribute("datetime", isoDate(7));
  await page.keyboard.press("ControlOrMeta+z");
  await expect(tasks.due("Stand-up").locator("time")).toHaveAttribute("datetime", isoDate(0));

  await tasks.checkbox("Last session").click();
  await expect(tasks.toast("Completed: it does not repeat again")).toBeVisible();
  await expect(tasks.completedList.getByRole("listitem")).toHaveText([/^Last session/]);
  await tasks.goto();
  await expect(tasks.completedList.getByRole("listitem")).toHaveText([/^Last session/]);
  await expect(tasks.due("Stand-up").locator("time")).toHaveAttribute("datetime", isoDate(0));
});

test("a series counted by COUNT moves when the server says so; the details complete an occurrence", async ({
  page,
  user,
}) => {
  await user.createTasks([
    { title: "Physio exercises", dueDate: isoDate(0), recurrence: { rule: "FREQ=DAILY;COUNT=3", from: "due" } },
  ]);
  const tasks = tasksPage(page);
  await tasks.goto();
  const details = await tasks.openDetails("Physio exercises");
  await details.getByRole("button", { name: "Complete this one" }).click();
  await expect(details).toHaveCount(0);
  await expect(tasks.toast("Next: Tomorrow")).toBeVisible();
  await expect(tasks.due("Physio exercises")).toContainText("Tomorrow");
});
