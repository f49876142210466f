import { expect, test } from "./support/fixtures";
import { tasksPage } from "./support/tasks-page";

test("due dates read Today, Tomorrow and weekdays, overdue in red; the year only when it is not this one", async ({
  page,
  user,
}) => {
  const day = (offset: number) => {
    const d = new Date();
    d.setDate(d.getDate() + offset);
    return d.toLocaleDateString("en-CA");
  };
  const nextYear = `${new Date().getFullYear() + 1}-03-04`;
  await user.createTasks([
    { title: "Today's", dueDate: day(0) },
    { title: "Tomorrow's", dueDate: day(1) },
    { title: "In three days", dueDate: day(3) },
    { title: "Late", dueDate: day(-2) },
    { title: "Next year", dueDate: nextYear },
  ]);
  const tasks = tasksPage(page);
  await tasks.goto();
  const due = (title: string) => tasks.item(title).getByTestId("task-due");
  await expect(due("Today's")).toHaveText(/Today$/);
  await expect(due("Tomorrow's")).toHaveText(/Tomorrow$/);
  const weekday = new Date(`${day(3)}T12:00`).toLocaleDateString("en-US", { weekday: "long" });
  await expect(due("In three days")).toHaveText(new RegExp(`${weekday}$`));
  await expect(due("Late")).toHaveText(/^Overdue, due/);
  await expect(due("Next year")).toHaveText(new RegExp(`${new Date().getFullYear() + 1}$`));
  await expect(due("Tomorrow's")).not.toHaveText(new RegExp(String(new Date().getFullYear())));

  const colour = (title: string) => due(title).evaluate((el) => getComputedStyle(el).color);
  expect(await colour("Late")).not.toBe(await colour("In three days"));
  expect(await colour("Today's")).not.toBe(await colour("In three days"));
});

test("under Due soonest and Highest priority, open tasks come first and completed ones after", async ({
  page,
  user,
}) => {
  await user.createTasks([
    { title: "Done early", dueDate: "2026-01-01", priority: "high", completed: true },
    { title: "Open later", dueDate: "2030-01-01", priority: "low" },
    { title: "Open sooner", dueDate: "2029-01-01", priority: "medium" },
  ]);
  const tasks = tasksPage(page);
  await tasks.goto();
  for (const sort of ["Due soonest", "Highest priority"]) {
    await tasks.chooseViewOption(sort);
    await expect(tasks.list.getByRole("listitem")).toHaveText([/^Open sooner/, /^Open later/]);
    await expect(tasks.completedList.getByRole("listitem")).toHaveText([/^Done early/]);
  }
});
