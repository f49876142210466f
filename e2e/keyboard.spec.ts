import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { tasksPage } from "./support/tasks-page";

/**
 * Presses `key` until `target` has focus, as a keyboard user would; answers how many presses it took. After each
 * press it waits for the focus to move: Radix's menus move it a moment after the arrow key (in a timeout), and a
 * press sent before that would move it one item too far.
 */
async function pressUntilFocused(page: Page, target: Locator, key = "Tab", most = 40): Promise<number> {
  for (let presses = 0; presses <= most; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
    const before = await page.evaluateHandle(() => document.activeElement);
    await page.keyboard.press(key);
    await page
      .waitForFunction((element) => document.activeElement !== element, before, { timeout: 2_000 })
      .catch(() => {});
    await before.dispose();
  }
  throw new Error(`${target} never received focus in ${most} presses of ${key}`);
}

/** The task row that has focus: the title of its button. */
const focusedRow = (page: Page) =>
  page.evaluate(() =>
    document.activeElement?.matches("[data-row-focus]") ? document.activeElement.textContent : null,
  );

test("the list is one Tab stop, a few Tabs from the top of the page", async ({ page, user }) => {
  await user.createTasks([{ title: "Alpha" }, { title: "Bravo" }, { title: "Done", completed: true }]);
  const tasks = tasksPage(page);
  await tasks.goto();

  // From the top of the page (nothing focused) to the first task: the issue counted 13 Tabs.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const tabs = await pressUntilFocused(page, tasks.title("Bravo"));
  expect(tabs, "Tabs from the top of the page to the first task").toBeLessThanOrEqual(9);

  // One Tab leaves the rows, however many; Shift+Tab comes back to the row last focused.
  await page.keyboard.press("ArrowDown");
  await expect(tasks.title("Alpha")).toBeFocused();
  await page.keyboard.press("Tab");
  expect(await focusedRow(page)).toBeNull();
  await expect(page.getByRole("button", { name: /^Completed tasks/ })).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(tasks.title("Alpha")).toBeFocused();
  // Of every row's title, checkbox and buttons, only that title is a tab stop.
  const rowStops = tasks.region
    .getByRole("listitem")
    .locator('button:not([tabindex="-1"]), input:not([tabindex="-1"]), [tabindex="0"]');
  await expect(rowStops).toHaveCount(1);
  await expect(rowStops).toHaveText("Alpha");
});

test("arrows and j/k move between tasks; x completes, Enter edits, Delete deletes, Ctrl+Z undoes", async ({
  page,
  user,
}) => {
  await user.createTasks([{ title: "Alpha" }, { title: "Bravo" }, { title: "Charlie" }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  await pressUntilFocused(page, tasks.title("Charlie"));

  await page.keyboard.press("ArrowDown");
  await expect(tasks.title("Bravo")).toBeFocused();
  await page.keyboard.press("j");
  await expect(tasks.title("Alpha")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(tasks.title("Alpha")).toBeFocused();
  await page.keyboard.press("k");
  await expect(tasks.title("Bravo")).toBeFocused();
  await page.keyboard.press("Home");
  await expect(tasks.title("Charlie")).toBeFocused();
  await page.keyboard.press("End");
  await expect(tasks.title("Alpha")).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(tasks.title("Bravo")).toBeFocused();

  // Enter edits in place; Enter saves and gives the row its focus back; Escape cancels.
  await page.keyboard.press("Enter");
  const edit = page.getByRole("textbox", { name: "Edit title" });
  await expect(edit).toBeFocused();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("Bravo two");
  await page.keyboard.press("Enter");
  await expect(tasks.title("Bravo two")).toBeFocused();
  await page.keyboard.press("e");
  await expect(edit).toBeFocused();
  await page.keyboard.type(" (draft)");
  await page.keyboard.press("Escape");
  await expect(tasks.title("Bravo two")).toBeFocused();

  // x completes: the task goes to the completed list, and the row now in its place takes the focus.
  await page.keyboard.press("x");
  await expect(tasks.checkbox("Bravo two")).toBeChecked();
  await expect(tasks.completedList.getByRole("listitem")).toHaveText([/^Bravo two/]);
  await expect(tasks.title("Alpha")).toBeFocused();
  await expect(tasks.itemsLeft).toHaveText("2 items left");
  await page.keyboard.press("ControlOrMeta+z");
  await expect(tasks.checkbox("Bravo two")).not.toBeChecked();
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Charlie/, /^Bravo two/, /^Alpha/]);
  await expect(tasks.itemsLeft).toHaveText("3 items left");

  // Delete deletes (with Undo), and the neighbour takes the focus rather than the page.
  await tasks.title("Charlie").focus();
  await page.keyboard.press("Delete");
  await expect(tasks.item("Charlie")).toHaveCount(0);
  await expect(tasks.title("Bravo two")).toBeFocused();
  await page.keyboard.press("ControlOrMeta+z");
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Charlie/, /^Bravo two/, /^Alpha/]);

  await page.reload();
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Charlie/, /^Bravo two/, /^Alpha/]);
  await expect(tasks.itemsLeft).toHaveText("3 items left");
});

test('"." opens the row\'s menu, arrows and Enter run an item, and focus comes back to the row', async ({
  page,
  user,
}) => {
  await user.createTasks([{ title: "Plan the trip" }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  await pressUntilFocused(page, tasks.title("Plan the trip"));

  await page.keyboard.press(".");
  const menu = page.getByRole("menu");
  await expect(menu).toBeVisible();
  // The menu takes the focus as it opens: arrows go to it from then on.
  await expect.poll(() => page.evaluate(() => Boolean(document.activeElement?.closest("[role=menu]")))).toBe(true);
  await pressUntilFocused(page, menu.getByRole("menuitem", { name: "Tomorrow" }), "ArrowDown", 12);
  await page.keyboard.press("Enter");
  await expect(menu).toHaveCount(0);
  await expect(tasks.item("Plan the trip").getByTestId("task-due").locator("time")).toHaveText("Tomorrow");
  await expect(tasks.title("Plan the trip")).toBeFocused();

  // Escape closes the menu without doing anything, and the row keeps the focus.
  await page.keyboard.press(".");
  await expect(menu).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(menu).toHaveCount(0);
  await expect(tasks.title("Plan the trip")).toBeFocused();
});

test("o opens the details, whose Tab stays inside; Escape closes them back to the row", async ({ page, user }) => {
  await user.createTasks([{ title: "Tidy desk" }, { title: "Water plants" }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  await pressUntilFocused(page, tasks.title("Water plants"));
  await page.keyboard.press("ArrowDown");

  await page.keyboard.press("o");
  const details = page.getByRole("dialog", { name: "Task details" });
  await expect(details).toBeVisible();
  await expect(details.getByLabel("Title", { exact: true })).toHaveValue("Tidy desk");
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    // Never out to the page behind it.
    await expect(details.locator(":focus")).toHaveCount(1);
  }
  await page.keyboard.press("Escape");
  await expect(details).toHaveCount(0);
  await expect(tasks.title("Tidy desk")).toBeFocused();
});

test("views, new task, search and help are reachable by keyboard", async ({ page, user }) => {
  await user.createTasks([{ title: "Tidy desk" }, { title: "Done already", completed: true }]);
  const tasks = tasksPage(page);
  await tasks.goto();

  // The views are one tab stop: arrows move between them, Space or Enter picks one.
  await pressUntilFocused(page, tasks.view("All"));
  await page.keyboard.press("ArrowRight");
  await expect(tasks.view("Active")).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(tasks.view("Completed")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(tasks.view("Completed")).toBeChecked();
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Done already/]);
  await page.keyboard.press("Home");
  await expect(tasks.view("All")).toBeFocused();
  await page.keyboard.press("Space");
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Tidy desk/]);
  await expect(tasks.completedList.getByRole("listitem")).toHaveText([/^Done already/]);

  await page.keyboard.press("n");
  await expect(tasks.newTask).toBeFocused();
  await page.keyboard.type("Write the report");
  await page.keyboard.press("Enter");
  await expect(tasks.item("Write the report")).toBeVisible();
  await expect(tasks.newTask).toBeFocused();
  await expect(tasks.newTask).toHaveValue("");

  await tasks.title("Tidy desk").focus();
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  await expect(help.getByText("Undo the last delete or completion")).toBeVisible();
  await expect(help.locator(":focus")).toHaveCount(1);
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
  await expect(tasks.title("Tidy desk")).toBeFocused();

  await page.keyboard.press("/");
  await expect(tasks.search).toBeFocused();
  await page.keyboard.type("desk");
  await expect(page).toHaveURL("/?q=desk");
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Tidy desk/]);
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
