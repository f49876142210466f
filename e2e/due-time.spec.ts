import { expect, isoDate, test } from "./support/fixtures";
import { tasksPage } from "./support/tasks-page";

test("a due time is typed in the details, read as HH:MM, shown on the row and kept by the menu's dates", async ({
  page,
  user,
}) => {
  await user.createTasks([{ title: "Call the bank", dueDate: isoDate(1) }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  const details = await tasks.openDetails("Call the bank");
  const time = details.getByRole("combobox", { name: "Due time" });

  // By keyboard alone: Tab from the date to the time, type, Tab on.
  await details.getByRole("button", { name: "Due date: Tomorrow" }).focus();
  await page.keyboard.press("Tab");
  await expect(time).toBeFocused();
  await page.keyboard.type("545pm");
  await page.keyboard.press("Tab");
  await expect(time).toHaveValue("17:45");
  await details.getByRole("button", { name: "Save" }).click();
  await expect(tasks.due("Call the bank")).toHaveText(/Tomorrow 17:45$/);

  // The "…" menu's dates keep the time.
  await (await tasks.menu("Call the bank")).getByRole("menuitem", { name: "Today" }).click();
  await expect(tasks.due("Call the bank")).toHaveText(/Today 17:45$/);
  await tasks.goto();
  await expect(tasks.due("Call the bank")).toHaveText(/Today 17:45$/);

  // A time that is not one is said, and nothing is saved until it is fixed; × clears it.
  const again = await tasks.openDetails("Call the bank");
  await again.getByRole("combobox", { name: "Due time" }).fill("25:00");
  await again.getByRole("combobox", { name: "Due time" }).press("Enter");
  await expect(again.getByRole("combobox", { name: "Due time" })).toHaveAttribute("aria-invalid", "true");
  await again.getByRole("button", { name: "Save" }).click();
  await expect(again.getByRole("alert")).toContainText("Type the time as HH:MM");
  await again.getByRole("button", { name: "Clear the due time" }).click();
  await expect(again.getByRole("combobox", { name: "Due time" })).toHaveValue("");
  await again.getByRole("button", { name: "Save" }).click();
  await expect(again).toHaveCount(0);
  await expect(tasks.due("Call the bank")).toHaveText(/Today$/);
});

test("a timed task is overdue once its time has come today, in red", async ({ page, user }) => {
  await user.createTasks([
    { title: "Past its time", dueDate: isoDate(0), dueTime: "00:00" },
    { title: "Later today", dueDate: isoDate(0), dueTime: "23:59" },
  ]);
  const tasks = tasksPage(page);
  await tasks.goto();
  await expect(tasks.due("Past its time")).toHaveText(/^Overdue, due\s*Today 00:00$/);
  await expect(tasks.due("Later today")).toHaveText(/^Due\s*Today 23:59$/);
  const colour = (title: string) => tasks.due(title).evaluate((el) => getComputedStyle(el).color);
  expect(await colour("Past its time")).not.toBe(await colour("Later today"));
});

test("a time typed for a task without a date gives it today's date, or tomorrow's once it has passed", async ({
  page,
  user,
}) => {
  await user.createTasks([{ title: "Stretch" }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  const details = await tasks.openDetails("Stretch");
  await details.getByRole("combobox", { name: "Due time" }).fill("00:00");
  await details.getByRole("combobox", { name: "Due time" }).press("Enter");
  await expect(details.getByRole("button", { name: "Due date: Tomorrow" })).toBeVisible();
  await details.getByRole("button", { name: "Save" }).click();
  await expect(tasks.due("Stretch")).toHaveText(/Tomorrow 00:00$/);
});

test("a due time that comes while the page is open turns its row overdue at that minute, without drawing the page again", async ({
  page,
  user,
}) => {
  // The browser's clock at today's 12:00:30: the task falls due in two minutes, whatever the time on this machine.
  const noon = new Date(`${isoDate(0)}T12:00:30`);
  await page.clock.install({ time: noon });
  await user.createTasks([{ title: "Call the bank", dueDate: isoDate(0), dueTime: "12:02" }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  await expect(tasks.due("Call the bank")).toHaveText(/^Due\s*Today 12:02$/);

  // What React gave the page's heading: a new object whenever the page's component draws again.
  const headingProps = () =>
    page.getByRole("heading", { level: 1 }).evaluate((heading) => {
      const key = Object.keys(heading).find((name) => name.startsWith("__reactProps$"));
      if (!key) throw new Error("a heading that React did not draw");
      const props = (heading as unknown as Record<string, object | undefined>)[key];
      if (!props) throw new Error("a heading without React's props");
      const seen = window as unknown as { seenProps?: object[] };
      seen.seenProps ??= [];
      if (!seen.seenProps.includes(props)) seen.seenProps.push(props);
      return seen.seenProps.indexOf(props);
    });
  const before = await headingProps();

  await page.clock.runFor(60_000);
  await expect(tasks.due("Call the bank")).toHaveText(/^Due\s*Today 12:02$/);
  await page.clock.runFor(60_000);
  await expect(tasks.due("Call the bank")).toHaveText(/^Overdue, due\s*Today 12:02$/);
  // Each minute re-draws what shows a time (the row's due label), not the page: its heading is as it was.
  expect(await headingProps()).toBe(before);
});
