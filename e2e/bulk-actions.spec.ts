import { expect, test } from "./support/fixtures";
import { tasksPage } from "./support/tasks-page";

test("counts the items left in words: 1 item, 2 items, 0 items", async ({ page, user: _ }) => {
  const tasks = tasksPage(page);
  await tasks.goto();
  await expect(tasks.itemsLeft).toHaveText("0 items left");
  await tasks.add("First");
  await expect(tasks.itemsLeft).toHaveText("1 item left");
  await tasks.add("Second");
  await expect(tasks.itemsLeft).toHaveText("2 items left");
  await tasks.checkbox("First").click();
  await expect(tasks.checkbox("First")).toBeChecked();
  await expect(tasks.itemsLeft).toHaveText("1 item left");
});

test("marks every task complete, and the change is saved", async ({ page, user }) => {
  await user.createTasks([{ title: "One" }, { title: "Two" }, { title: "Three", completed: true }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  await expect(tasks.itemsLeft).toHaveText("2 items left");
  const markAll = page.getByRole("button", { name: "Complete all" });

  await markAll.click();
  for (const title of ["One", "Two", "Three"]) await expect(tasks.checkbox(title)).toBeChecked();
  await expect(tasks.completedList.getByRole("listitem")).toHaveCount(3);
  await expect(tasks.list).toHaveCount(0);
  await expect(tasks.itemsLeft).toHaveText("0 items left");
  await expect(tasks.toast("2 tasks completed").getByRole("button", { name: "Undo" })).toBeVisible();
  await expect(markAll).toBeDisabled();
  // Done, it stays where the user is: a keyboard user does not lose their place.
  await expect(markAll).toBeFocused();

  await page.reload();
  for (const title of ["One", "Two", "Three"]) await expect(tasks.checkbox(title)).toBeChecked();
  await expect(tasks.itemsLeft).toHaveText("0 items left");
});

test("clears the completed tasks, with Undo, and deletes them once the offer ends", async ({ page, user }) => {
  await user.createTasks([
    { title: "Done A", completed: true },
    { title: "Open" },
    { title: "Done B", completed: true },
  ]);
  const tasks = tasksPage(page);
  await page.clock.install();
  await tasks.goto();
  const clear = page.getByRole("button", { name: "Clear completed" });

  await clear.click();
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Open/]);
  await expect(tasks.completedList).toHaveCount(0);
  const toast = tasks.toast("2 tasks deleted");
  await toast.getByRole("button", { name: "Undo" }).click();
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Open/]);
  await expect(tasks.completedList.getByRole("listitem")).toHaveText([/^Done B/, /^Done A/]);

  await clear.click();
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Open/]);
  await expect(tasks.completedList).toHaveCount(0);
  await expect(clear).toBeDisabled();
  await expect(clear).toBeFocused();
  const deleted: number[] = [];
  page.on("response", (r) => r.request().method() === "DELETE" && deleted.push(r.status()));
  await page.clock.fastForward(5_000);
  await expect.poll(() => deleted).toEqual([204, 204]);

  await page.reload();
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Open/]);
  await expect(tasks.itemsLeft).toHaveText("1 item left");
});
