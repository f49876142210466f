import { expect, test } from "./support/fixtures";
import { tasksPage } from "./support/tasks-page";

test("quick deletes share one toast whose Undo brings every one back", async ({ page, user }) => {
  await user.createTasks([
    { title: "One" },
    { title: "Two" },
    { title: "Three" },
    { title: "Four" },
    { title: "Keep" },
  ]);
  const tasks = tasksPage(page);
  await tasks.goto();
  await expect(tasks.itemsLeft).toHaveText("5 items left");

  for (const title of ["One", "Two", "Three", "Four"]) {
    await tasks.title(title).focus();
    await page.keyboard.press("Delete");
    await expect(tasks.item(title)).toHaveCount(0);
  }
  const toast = tasks.toast("tasks deleted");
  await expect(toast).toHaveCount(1);
  await expect(toast).toContainText("4 tasks deleted");
  // A pending delete no longer counts as left.
  await expect(tasks.itemsLeft).toHaveText("1 item left");

  await toast.getByRole("button", { name: "Undo" }).click();
  for (const title of ["One", "Two", "Three", "Four"]) await expect(tasks.item(title)).toBeVisible();
  await expect(tasks.itemsLeft).toHaveText("5 items left");
  await page.reload();
  await expect(tasks.region.getByRole("listitem")).toHaveCount(5);
});

test("Ctrl+Z undoes the latest delete, and a delete left alone happens", async ({ page, user }) => {
  await user.createTasks([{ title: "Gone for good" }, { title: "Back again" }]);
  const tasks = tasksPage(page);
  await tasks.goto();

  await tasks.title("Back again").focus();
  await page.keyboard.press("Delete");
  await expect(tasks.item("Back again")).toHaveCount(0);
  await page.keyboard.press("Control+z");
  await expect(tasks.item("Back again")).toBeVisible();

  await tasks.title("Gone for good").focus();
  const deleted = page.waitForResponse((r) => r.request().method() === "DELETE", { timeout: 15_000 });
  await page.keyboard.press("#");
  await expect(tasks.item("Gone for good")).toHaveCount(0);
  await expect(tasks.toast("Task deleted")).toHaveCount(0, { timeout: 10_000 });
  // Sent once the undo offer ran out; done before the reload, which the server draws with the tasks as they are.
  expect((await deleted).status()).toBe(204);
  await page.reload();
  await expect(tasks.item("Back again")).toBeVisible();
  await expect(tasks.item("Gone for good")).toHaveCount(0);
});

test("completing offers Undo; Complete all says what it acts on and can be undone", async ({ page, user }) => {
  await user.createTasks([
    { title: "Walk the dog", tags: ["home"] },
    { title: "File taxes" },
    { title: "Fix the sink", tags: ["home"] },
  ]);
  const tasks = tasksPage(page);
  await tasks.goto();

  await tasks.checkbox("File taxes").click();
  await expect(tasks.completedList.getByRole("listitem")).toHaveText([/^File taxes/]);
  await tasks.toast("Task completed").getByRole("button", { name: "Undo" }).click();
  await expect(tasks.list.getByRole("listitem")).toHaveCount(3);
  await expect(tasks.itemsLeft).toHaveText("3 items left");

  // Filtered to #home: the button names how many it completes.
  await tasks.item("Walk the dog").getByRole("button", { name: "Show tasks tagged home" }).click();
  await expect(tasks.list.getByRole("listitem")).toHaveCount(2);
  const completeShown = page.getByRole("button", { name: "Complete 2 shown" });
  await completeShown.click();
  await expect(tasks.toast("2 tasks completed")).toBeVisible();
  await expect(tasks.itemsLeft).toHaveText("1 item left");
  await page.keyboard.press("Control+z");
  await expect(tasks.itemsLeft).toHaveText("3 items left");
  await page.reload();
  await expect(tasks.list.getByRole("listitem")).toHaveCount(2);
});
