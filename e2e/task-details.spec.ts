import { expect, isoDate, test } from "./support/fixtures";
import { tasksPage } from "./support/tasks-page";

test("sets description, priority, due date and tags in Details and shows them on the item", async ({ page, user }) => {
  await user.createTasks([{ title: "Plan trip" }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  const item = tasks.item("Plan trip");

  const details = await tasks.openDetails("Plan trip");
  await details.getByLabel("Description").fill("Book the train\nand the hotel");
  await details.getByRole("combobox", { name: "Priority" }).click();
  await page.getByRole("option", { name: "High" }).click();
  await expect(details.getByRole("combobox", { name: "Priority" })).toHaveText("High");
  await details.getByRole("button", { name: "No due date" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Tomorrow" }).click();
  await expect(details.getByRole("button", { name: "Due date: Tomorrow" })).toBeVisible();
  const tags = details.getByRole("combobox", { name: "Tags" });
  await tags.fill("travel");
  await tags.press("Enter");
  await tags.pressSequentially("family,");
  await tags.pressSequentially("Travel ");
  await expect(details.getByRole("list", { name: "Tags" }).getByRole("listitem")).toHaveText(["travel", "family"]);
  await details.getByRole("button", { name: "Save" }).click();

  await expect(details).toHaveCount(0);
  // Focus goes back to the task's row, not to the page.
  await expect(tasks.title("Plan trip")).toBeFocused();
  // Line breaks as typed.
  await expect(item.getByText("Book the train\nand the hotel")).toBeVisible();
  await expect(item.getByText("High", { exact: true })).toBeVisible();
  await expect(item.getByTestId("task-due")).toHaveText("DueTomorrow");
  await expect(item.getByRole("button", { name: /^Show tasks tagged/ })).toHaveText(["travel", "family"]);
  await expect(item.getByText("Overdue")).toHaveCount(0);

  await tasks.detailsClosed();
  await page.reload();
  await expect(tasks.item("Plan trip").getByText("High", { exact: true })).toBeVisible();
  await expect(tasks.item("Plan trip").getByTestId("task-due")).toHaveText("DueTomorrow");
  await expect(tasks.item("Plan trip").getByRole("button", { name: /^Show tasks tagged/ })).toHaveText([
    "travel",
    "family",
  ]);
});

test("Escape and Cancel close Details without saving, asking first when something changed", async ({ page, user }) => {
  await user.createTasks([{ title: "Keep as is", priority: "low" }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  const discard = page.getByRole("alertdialog", { name: "Discard your changes?" });

  let details = await tasks.openDetails("Keep as is");
  await page.keyboard.press("Escape");
  await expect(details).toHaveCount(0);
  await expect(discard).toHaveCount(0);

  details = await tasks.openDetails("Keep as is");
  await details.getByRole("combobox", { name: "Priority" }).click();
  await page.getByRole("option", { name: "High" }).click();
  await expect(details.getByRole("combobox", { name: "Priority" })).toHaveText("High");
  await page.keyboard.press("Escape");
  await expect(discard).toBeVisible();
  await discard.getByRole("button", { name: "Keep editing" }).click();
  await expect(details.getByRole("combobox", { name: "Priority" })).toHaveText("High");
  await details.getByRole("button", { name: "Cancel" }).click();
  await discard.getByRole("button", { name: "Discard" }).click();
  await expect(details).toHaveCount(0);

  details = await tasks.openDetails("Keep as is");
  await expect(details.getByRole("combobox", { name: "Priority" })).toHaveText("Low");
  await details.getByRole("button", { name: "Cancel" }).click();
  await tasks.detailsClosed();
  await page.reload();
  await expect(tasks.item("Keep as is").getByText("Low", { exact: true })).toBeVisible();
});

test("highlights an overdue task, but not once it is done", async ({ page, user }) => {
  await user.createTasks([
    { title: "Pay rent", dueDate: isoDate(-2) },
    { title: "Old but done", dueDate: isoDate(-2), completed: true },
    { title: "Due today", dueDate: isoDate(0) },
  ]);
  const tasks = tasksPage(page);
  await tasks.goto();
  const due = (title: string) => tasks.item(title).getByTestId("task-due");
  await expect(due("Pay rent")).toContainText("Overdue, due");
  await expect(due("Pay rent")).toHaveClass(/text-overdue/);
  await expect(due("Pay rent").locator("time")).toHaveAttribute("datetime", isoDate(-2));
  await expect(due("Old but done")).not.toContainText("Overdue");
  await expect(due("Old but done")).not.toHaveClass(/text-overdue/);
  await expect(due("Due today")).toHaveText("DueToday");
  await expect(due("Due today")).not.toHaveClass(/text-overdue/);

  await tasks.checkbox("Pay rent").click();
  await expect(tasks.checkbox("Pay rent")).toBeChecked();
  await expect(due("Pay rent")).not.toContainText("Overdue");
  await expect(due("Pay rent")).not.toHaveClass(/text-overdue/);
});

test("clicking a tag filters the list by it, and the chip removes the filter", async ({ page, user }) => {
  await user.createTasks([
    { title: "Call mum", tags: ["family"] },
    { title: "Write report", tags: ["work"] },
    { title: "Birthday cake", tags: ["family", "shopping"] },
  ]);
  const tasks = tasksPage(page);
  await tasks.goto();

  await tasks.item("Call mum").getByRole("button", { name: "Show tasks tagged family" }).click();
  await expect(page).toHaveURL("/?tag=family");
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Birthday cake/, /^Call mum/]);

  const chip = page.getByRole("button", { name: "Stop filtering by tag family" });
  await expect(chip).toBeVisible();
  await chip.click();
  await expect(page).toHaveURL("/");
  await expect(tasks.list.getByRole("listitem")).toHaveCount(3);
});
