import { expect, test } from "./support/fixtures";
import { tasksPage } from "./support/tasks-page";

test("Ctrl+K opens the palette: find a task by typing and open its details, all by keyboard", async ({
  page,
  user,
}) => {
  await user.createTasks([{ title: "Renew the passport" }, { title: "Buy milk" }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  await page.keyboard.press("Control+k");
  const palette = page.getByRole("dialog", { name: "Command palette" });
  await expect(palette).toBeVisible();
  await expect(palette.getByRole("combobox", { name: "Command or task" })).toBeFocused();
  await page.keyboard.type("passp");
  await expect(palette.getByRole("option")).toHaveText([/^Renew the passport/]);
  await page.keyboard.press("Enter");
  const details = page.getByRole("dialog", { name: "Task details" });
  await expect(details.getByLabel("Title")).toHaveValue("Renew the passport");
});

test("the palette jumps to a view and runs actions", async ({ page, user }) => {
  await user.createTasks([{ title: "Done", completed: true }, { title: "Open" }]);
  const tasks = tasksPage(page);
  await tasks.goto();

  await page.getByRole("button", { name: "Command palette" }).click();
  // The palette arrives with the first press on the page (this click): its commands listed, it is there.
  await expect(page.getByRole("dialog").getByRole("option").first()).toBeVisible();
  await page.keyboard.type("completed");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/view=completed/);
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Done/]);

  await page.keyboard.press("Control+k");
  await page.keyboard.type("dark theme");
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");

  await page.keyboard.press("Control+k");
  await page.keyboard.type("new task");
  await page.keyboard.press("Enter");
  await expect(tasks.newTask).toBeFocused();

  await page.keyboard.press("Escape");
  await page.locator("body").click();
  await page.keyboard.press("Control+k");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
});

test("the avatar menu holds the account, the theme, the shortcuts and sign out", async ({ page, user }) => {
  const tasks = tasksPage(page);
  await tasks.goto();
  const avatar = page.getByRole("button", { name: `Account menu for ${user.name}` });
  await avatar.focus();
  await page.keyboard.press("Enter");
  const menu = page.getByRole("menu");
  await expect(menu).toContainText(user.email);
  await expect(menu.getByRole("menuitemradio", { name: "System" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(menu.getByRole("menuitemradio", { name: "Light" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(menu.getByRole("menuitemradio", { name: "Dark" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await avatar.click();
  await page.getByRole("menuitem", { name: /Keyboard shortcuts/ }).click();
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await page.keyboard.press("Escape");
  await avatar.click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("Ctrl+K finds tasks in every list, by title or tag, names each one's list, and opens the chosen one there", async ({
  page,
  user,
}) => {
  const trip = await user.createList("Trip");
  await user.createTasks([
    { title: "Renew the passport", listId: trip.id },
    { title: "Pack the bags", listId: trip.id, tags: ["travel"] },
    { title: "Buy milk" },
  ]);
  const tasks = tasksPage(page);
  await tasks.goto();
  await expect(tasks.item("Renew the passport")).toHaveCount(0);

  await page.keyboard.press("Control+k");
  const palette = page.getByRole("dialog", { name: "Command palette" });
  await page.keyboard.type("travel");
  await expect(palette.getByRole("option")).toHaveText([/^Pack the bags.*Trip$/]);

  await palette.getByRole("combobox", { name: "Command or task" }).fill("passp");
  const found = palette.getByRole("option", { name: /Renew the passport/ });
  await expect(found).toHaveText(/^Renew the passport.*Trip$/);
  await found.click();
  await expect(page).toHaveURL(`/lists/${trip.id}`);
  const details = page.getByRole("dialog", { name: "Task details" });
  await expect(details.getByLabel("Title")).toHaveValue("Renew the passport");
  // Behind the details (hidden from the accessibility tree while they are open): the task's list.
  await expect(page.getByRole("heading", { name: "Trip", level: 1, includeHidden: true })).toBeVisible();
});
