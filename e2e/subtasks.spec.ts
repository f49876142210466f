import { expect, test } from "./support/fixtures";
import { tasksPage } from "./support/tasks-page";

test("subtasks: add, complete, rename, reorder and delete in the details; the task shows its progress", async ({
  page,
  user,
}) => {
  await user.createTasks([{ title: "Move house" }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  const details = await tasks.openDetails("Move house");
  const field = details.getByRole("textbox", { name: "New subtask" });
  for (const title of ["Book the van", "Pack the kitchen", "Change the address"]) {
    await field.fill(title);
    await field.press("Enter");
    await expect(details.getByRole("textbox", { name: `Subtask "${title}"` })).toBeVisible();
  }
  const subtasks = details.getByRole("list", { name: "Subtasks" }).getByRole("textbox");
  const titles = (list = subtasks) => list.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  await expect.poll(() => titles()).toEqual(["Book the van", "Pack the kitchen", "Change the address"]);

  await details.getByRole("checkbox", { name: 'Complete subtask "Book the van"' }).click();
  await expect(details.getByRole("heading", { name: /Subtasks/ })).toContainText("1/3");

  const pack = details.getByRole("textbox", { name: 'Subtask "Pack the kitchen"' });
  await pack.fill("Pack the kitchen and the bathroom");
  await pack.press("Enter");
  const renamed = details.getByRole("textbox", { name: 'Subtask "Pack the kitchen and the bathroom"' });
  await expect(renamed).toBeFocused();
  await renamed.press("Alt+ArrowUp");
  await expect
    .poll(() => titles())
    .toEqual(["Pack the kitchen and the bathroom", "Book the van", "Change the address"]);

  await details.getByRole("button", { name: 'Delete subtask "Change the address"' }).click();
  await expect(subtasks).toHaveCount(2);
  await page.keyboard.press("Escape");
  await expect(details).toHaveCount(0);

  await expect(tasks.item("Move house").getByTestId("task-subtasks")).toHaveText(/1\/2$/);
  // Subtasks live under their task, not as tasks of the list.
  await expect(tasks.region.getByRole("listitem")).toHaveCount(1);

  await page.reload();
  const again = await tasks.openDetails("Move house");
  await expect
    .poll(() => titles(again.getByRole("list", { name: "Subtasks" }).getByRole("textbox")))
    .toEqual(["Pack the kitchen and the bathroom", "Book the van"]);
});

test("a subtask title the API would refuse stays in its field with the reason; Escape puts the saved one back", async ({
  page,
  user,
}) => {
  const [parent] = await user.createTasks([{ title: "Plan the trip" }]);
  await user.createTasks([{ title: "Book the flights", parentId: parent?.id }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  const details = await tasks.openDetails("Plan the trip");
  const field = details.getByRole("textbox", { name: 'Subtask "Book the flights"' });
  await field.fill("   ");
  await field.press("Enter");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription("Title must not be empty");
  // Leaving the field keeps what was typed and the reason.
  await details.getByRole("textbox", { name: "New subtask" }).focus();
  await expect(field).toHaveValue("   ");
  await expect(field).toHaveAccessibleDescription("Title must not be empty");

  // Escape cancels the field's own edit, and only that: the details stay open.
  await field.press("Escape");
  await expect(field).toHaveValue("Book the flights");
  await expect(field).not.toHaveAttribute("aria-invalid");
  await expect(details).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(details).toHaveCount(0);

  // Nothing was saved: the title on the server is the one before.
  await page.reload();
  const again = await tasks.openDetails("Plan the trip");
  await expect(again.getByRole("textbox", { name: 'Subtask "Book the flights"' })).toHaveValue("Book the flights");
});
