import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { tasksPage } from "./support/tasks-page";

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it never gets there. */
async function tabTo(page: Page, target: Locator, key = "Tab") {
  for (let presses = 0; presses < 40; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${target} never received focus`);
}

test("the main flow works with the keyboard alone", async ({ page, user: _ }) => {
  const tasks = tasksPage(page);
  await tasks.goto();

  await page.keyboard.press("n");
  await expect(tasks.newTask).toBeFocused();
  await page.keyboard.type("Write the report");
  await page.keyboard.press("Enter");
  await expect(tasks.item("Write the report")).toBeVisible();
  await expect(tasks.newTask).toBeFocused();
  await expect(tasks.newTask).toHaveValue("");

  await tabTo(page, tasks.title("Write the report"));
  await page.keyboard.press("Enter");
  const edit = page.getByRole("textbox", { name: "Edit title" });
  await expect(edit).toBeFocused();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("Write the final report");
  await page.keyboard.press("Enter");
  await expect(tasks.title("Write the final report")).toBeFocused();

  await page.keyboard.press("Enter");
  await expect(edit).toBeFocused();
  await page.keyboard.type(" (draft)");
  await page.keyboard.press("Escape");
  await expect(tasks.title("Write the final report")).toBeFocused();

  await page.keyboard.press("Shift+Tab");
  await expect(tasks.checkbox("Write the final report")).toBeFocused();
  await page.keyboard.press("Space");
  await expect(tasks.checkbox("Write the final report")).toBeChecked();
  await expect(tasks.itemsLeft).toHaveText("0 items left");

  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  await expect(help.getByRole("button", { name: "Close" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
  await expect(tasks.checkbox("Write the final report")).toBeFocused();

  await page.keyboard.press("/");
  await expect(tasks.search).toBeFocused();
  await page.keyboard.type("final");
  await expect(page).toHaveURL("/?q=final");

  await page.reload();
  await expect(tasks.checkbox("Write the final report")).toBeChecked();
});

test("views, Details and Delete are reachable by keyboard", async ({ page, user }) => {
  await user.createTasks([{ title: "Tidy desk" }, { title: "Done already", completed: true }]);
  const tasks = tasksPage(page);
  await tasks.goto();

  await tabTo(page, tasks.view("Completed"));
  await page.keyboard.press("Enter");
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Done already/]);
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  await expect(tasks.view("All")).toBeFocused();
  await page.keyboard.press("Space");
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Done already/, /^Tidy desk/]);

  const details = page.getByRole("button", { name: 'Details of "Tidy desk"' });
  await tabTo(page, details);
  await page.keyboard.press("Enter");
  const form = page.getByRole("form", { name: 'Details of "Tidy desk"' });
  await expect(form).toBeVisible();
  await tabTo(page, form.getByLabel("Priority"));
  await page.keyboard.press("Escape");
  await expect(form).toBeHidden();

  await tabTo(page, page.getByRole("button", { name: 'Delete "Tidy desk"' }));
  await page.keyboard.press("Enter");
  await expect(tasks.item("Tidy desk")).toHaveCount(0);
  // Focus moves to the neighbouring task rather than falling back to the page.
  await expect(tasks.title("Done already")).toBeFocused();
  await tabTo(page, page.getByRole("button", { name: "Undo" }));
  await page.keyboard.press("Enter");
  await expect(tasks.item("Tidy desk")).toBeVisible();
});

test("the shortcuts do nothing while the user types in a field", async ({ page, user: _ }) => {
  const tasks = tasksPage(page);
  await tasks.goto();
  await tasks.search.click();
  await page.keyboard.type("n?");
  await expect(tasks.search).toHaveValue("n?");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(tasks.search).toBeFocused();
});
