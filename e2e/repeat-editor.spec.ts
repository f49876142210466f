import { weekdayOf } from "./support/due-words";
import { expect, isoDate, test } from "./support/fixtures";
import { tasksPage } from "./support/tasks-page";

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

test("a preset drawn from the due date repeats the task; Doesn't repeat clears it", async ({ page, user }) => {
  const due = isoDate(3);
  const weekday = WEEKDAYS[weekdayOf(due)] as string;
  const day = Number(due.slice(8));
  await user.createTasks([{ title: "Water the plants", dueDate: due }]);
  const tasks = tasksPage(page);
  await tasks.goto();

  let details = await tasks.openDetails("Water the plants");
  await details.getByRole("button", { name: "Repeat: Doesn't repeat" }).click();
  const menu = page.getByRole("menu");
  await expect(menu.getByRole("menuitemradio")).toHaveText([
    "Doesn't repeat",
    "Daily",
    "Weekdays (Mon–Fri)",
    `Weekly on ${weekday}`,
    new RegExp(`^Monthly on the ${day}(st|nd|rd|th)$`),
    new RegExp(`^Monthly on the (first|second|third|fourth|last) ${weekday}$`),
    new RegExp(`^Yearly on ${day} [A-Z][a-z]{2}$`),
    "Custom…",
  ]);
  await menu.getByRole("menuitemradio", { name: `Weekly on ${weekday}` }).click();
  await expect(details.getByRole("button", { name: `Repeat: Every week on ${weekday.slice(0, 3)}` })).toBeVisible();
  await details.getByRole("button", { name: "Save" }).click();
  await expect(details).toHaveCount(0);
  await expect(tasks.repeat("Water the plants")).toHaveAttribute("title", `Every week on ${weekday.slice(0, 3)}`);
  await expect(tasks.due("Water the plants").locator("time")).toHaveAttribute("datetime", due);

  details = await tasks.openDetails("Water the plants");
  await details.getByRole("button", { name: /^Repeat: Every week/ }).click();
  await page.getByRole("menuitemradio", { name: "Doesn't repeat" }).click();
  await details.getByRole("button", { name: "Save" }).click();
  await expect(tasks.repeat("Water the plants")).toHaveCount(0);
  await expect(tasks.due("Water the plants").locator("time")).toHaveAttribute("datetime", due);
});

test("a custom rule, built by keyboard, reads in words as it changes and dates an undated task", async ({
  page,
  user,
}) => {
  await user.createTasks([{ title: "Team sync" }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  const details = await tasks.openDetails("Team sync");

  await details.getByRole("button", { name: "Repeat: Doesn't repeat" }).press("Enter");
  await page.getByRole("menuitemradio", { name: "Custom…" }).press("Enter");
  const custom = details.getByRole("group", { name: "Custom repeat" });
  const words = custom.getByTestId("custom-repeat-words");
  const today = WEEKDAYS[weekdayOf(isoDate(0))] as string;
  // A new repeat starts weekly on today's weekday, and the task is due today.
  await expect(words).toHaveText(`Every week on ${today.slice(0, 3)}`);
  await expect(details.getByRole("button", { name: "Due date: Today" })).toBeVisible();

  await custom.getByRole("spinbutton", { name: "Every" }).fill("2");
  // The weekdays are toggles (one Tab stop, arrows between them): Monday and Thursday on, the others off.
  for (const name of WEEKDAYS) {
    const day = custom.getByRole("button", { name, exact: true });
    const wanted = name === "Monday" || name === "Thursday";
    if ((await day.getAttribute("aria-pressed")) !== String(wanted)) await day.press("Space");
    await expect(day).toHaveAttribute("aria-pressed", String(wanted));
  }
  const expected = "Mon and Thu";
  await expect(words).toHaveText(`Every 2 weeks on ${expected}`);

  await custom.getByRole("radio", { name: "Never" }).press("ArrowDown");
  await expect(custom.getByRole("radio", { name: "After" })).toBeFocused();
  await page.keyboard.press("Space");
  await expect(custom.getByRole("radio", { name: "After" })).toBeChecked();
  await custom.getByRole("spinbutton", { name: "Number of times" }).fill("5");
  await expect(words).toHaveText(`Every 2 weeks on ${expected}, 5 times`);
  await expect(details.getByRole("button", { name: `Repeat: Every 2 weeks on ${expected}, 5 times` })).toBeVisible();

  await details.getByRole("button", { name: "Save" }).press("Enter");
  await expect(details).toHaveCount(0);
  await expect(tasks.repeat("Team sync")).toHaveAttribute("title", `Every 2 weeks on ${expected}, 5 times`);
});

test("monthly on the last Friday, from completion; a rule that cannot be kept is said and not saved", async ({
  page,
  user,
}) => {
  await user.createTasks([{ title: "Pay the invoices", dueDate: isoDate(1) }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  const details = await tasks.openDetails("Pay the invoices");
  await details.getByRole("button", { name: "Repeat: Doesn't repeat" }).click();
  await page.getByRole("menuitemradio", { name: "Custom…" }).click();
  const custom = details.getByRole("group", { name: "Custom repeat" });
  const words = custom.getByTestId("custom-repeat-words");

  await custom.getByRole("combobox", { name: "Repeat unit" }).click();
  await page.getByRole("option", { name: "month" }).click();
  await custom.getByRole("radio", { name: "On the" }).check();
  await custom.getByRole("combobox", { name: "Which one" }).click();
  await page.getByRole("option", { name: "last" }).click();
  await custom.getByRole("combobox", { name: "Weekday" }).click();
  await page.getByRole("option", { name: "Friday" }).click();
  await custom.getByRole("radio", { name: "The day it is completed" }).check();
  await expect(words).toHaveText("Every month on the last Friday after completion");

  await custom.getByRole("spinbutton", { name: "Every" }).fill("0");
  await expect(words).toHaveText("Repeat every 1 to 1000 months");
  await details.getByRole("button", { name: "Save" }).click();
  await expect(details.getByRole("alert")).toHaveText("Repeat every 1 to 1000 months");
  await expect(details).toBeVisible();
  await custom.getByRole("spinbutton", { name: "Every" }).fill("1");
  await expect(words).toHaveText("Every month on the last Friday after completion");

  await details.getByRole("button", { name: "Save" }).click();
  await expect(details).toHaveCount(0);
  await expect(tasks.repeat("Pay the invoices")).toHaveAttribute(
    "title",
    "Every month on the last Friday after completion",
  );
  // The due date moved to the rule's first date: a Friday in the last week of its month.
  const datetime = (await tasks.due("Pay the invoices").locator("time").getAttribute("datetime")) ?? "";
  expect(weekdayOf(datetime)).toBe(5);
  const date = new Date(`${datetime}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 7);
  expect(date.getUTCMonth()).not.toBe(new Date(`${datetime}T12:00:00Z`).getUTCMonth());
});
