import { expect, isoDate, test } from "./support/fixtures";
import { tasksPage } from "./support/tasks-page";

function shortDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return new Date(year, month - 1, day).toLocaleDateString("en-US", {
    month: "short",
    day: "numeric",
    year: "numeric",
  });
}

test("sets description, priority, due date and tags in Details and shows them on the item", async ({ page, user }) => {
  await user.createTasks([{ title: "Plan trip" }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  const item = tasks.item("Plan trip");
  const toggle = item.getByRole("button", { name: 'Details of "Plan trip"' });

  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const details = page.getByRole("form", { name: 'Details of "Plan trip"' });
  await details.getByLabel("Description").fill("Book the train and the hotel");
  await details.getByLabel("Priority").selectOption({ label: "High" });
  await details.getByLabel("Due date").fill(isoDate(3));
  await details.getByLabel("Tags").fill("travel, family, travel");
  await details.getByRole("button", { name: "Save" }).click();

  await expect(details).toHaveCount(0);
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(item.getByText("Book the train and the hotel")).toBeVisible();
  await expect(item.getByText("High", { exact: true })).toBeVisible();
  await expect(item.getByText(`Due ${shortDate(isoDate(3))}`)).toBeVisible();
  await expect(item.getByRole("button", { name: /^Show tasks tagged/ })).toHaveText(["#travel", "#family"]);
  await expect(item.getByText("Overdue")).toHaveCount(0);

  await page.reload();
  await expect(tasks.item("Plan trip").getByText("High", { exact: true })).toBeVisible();
  await expect(tasks.item("Plan trip").getByRole("button", { name: /^Show tasks tagged/ })).toHaveText([
    "#travel",
    "#family",
  ]);
});

test("Escape and Cancel close Details without saving", async ({ page, user }) => {
  await user.createTasks([{ title: "Keep as is", priority: "low" }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  const toggle = tasks.item("Keep as is").getByRole("button", { name: 'Details of "Keep as is"' });
  const details = page.getByRole("form", { name: 'Details of "Keep as is"' });

  await toggle.click();
  await details.getByLabel("Priority").selectOption({ label: "High" });
  await details.getByLabel("Priority").press("Escape");
  await expect(details).toHaveCount(0);
  await toggle.click();
  await expect(details.getByLabel("Priority")).toHaveValue("low");
  await details.getByRole("button", { name: "Cancel" }).click();
  await expect(details).toHaveCount(0);
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
  await expect(tasks.item("Pay rent").getByText(`Overdue · ${shortDate(isoDate(-2))}`)).toBeVisible();
  await expect(tasks.item("Old but done").getByText(`Due ${shortDate(isoDate(-2))}`)).toBeVisible();
  await expect(tasks.item("Old but done").getByText("Overdue")).toHaveCount(0);
  await expect(tasks.item("Due today").getByText("Overdue")).toHaveCount(0);

  await tasks.checkbox("Pay rent").check();
  await expect(tasks.item("Pay rent").getByText("Overdue")).toHaveCount(0);
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
