import type { Page } from "@playwright/test";
import { PASSWORD_HASHING_MS } from "./support/accounts";
import { expect, test, uniqueEmail } from "./support/fixtures";
import { tasksPage } from "./support/tasks-page";

/** Issue 13's bar: a new user's first minute, all by keyboard, in a current product's flow. */
async function signUpByKeyboard(page: Page) {
  await page.goto("/sign-up");
  await page.getByLabel("Name").focus();
  await page.keyboard.type("Ada Lovelace");
  await page.keyboard.press("Tab");
  await page.keyboard.type(uniqueEmail());
  await page.keyboard.press("Tab");
  await page.keyboard.type("violet mountain 47 lantern");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/", { timeout: PASSWORD_HASHING_MS });
}

for (const theme of ["light", "dark"] as const) {
  test(`a new user's first minute by keyboard (${theme} theme)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await signUpByKeyboard(page);
    const tasks = tasksPage(page);
    await expect(page.getByText("Nothing to do yet")).toBeVisible();
    // Drawn by the server: the keys work once the page is hydrated.
    await expect(tasks.region).toHaveAttribute("aria-busy", "false");

    await page.keyboard.press("n");
    await expect(tasks.newTask).toBeFocused();
    for (const title of ["Buy milk", "Call mom", "Book the dentist"]) {
      await page.keyboard.type(title);
      await page.keyboard.press("Enter");
      await expect(tasks.item(title)).toBeVisible();
    }

    // Due date from the row's menu: "." opens it, arrows reach "Tomorrow".
    await tasks.title("Book the dentist").focus();
    await page.keyboard.press(".");
    await page.getByRole("menuitem", { name: "Tomorrow" }).focus();
    await page.keyboard.press("Enter");
    await expect(tasks.item("Book the dentist").getByTestId("task-due")).toHaveText(/Tomorrow$/);
    await expect(tasks.title("Book the dentist")).toBeFocused();

    // Details by "o", a description, saved with Enter on Save.
    await page.keyboard.press("ArrowDown");
    await expect(tasks.title("Call mom")).toBeFocused();
    await page.keyboard.press("o");
    const details = page.getByRole("dialog", { name: "Task details" });
    await details.getByLabel("Description").fill("Ask about Sunday");
    await details.getByRole("button", { name: "Save" }).press("Enter");
    await expect(tasks.item("Call mom")).toContainText("Ask about Sunday");

    // Complete one, delete one and undo.
    await expect(tasks.title("Call mom")).toBeFocused();
    await page.keyboard.press("x");
    await expect(tasks.completedList.getByRole("listitem")).toHaveText([/^Call mom/]);
    await tasks.title("Buy milk").focus();
    await page.keyboard.press("Delete");
    await expect(tasks.item("Buy milk")).toHaveCount(0);
    await page.keyboard.press("Control+z");
    await expect(tasks.item("Buy milk")).toBeVisible();
    await expect(tasks.itemsLeft).toHaveText("2 items left");

    // Switch theme from the palette.
    const other = theme === "light" ? "dark" : "light";
    await page.keyboard.press("Control+k");
    await page.keyboard.type(`${other} theme`);
    await page.keyboard.press("Enter");
    await expect(page.locator("html")).toHaveAttribute("data-theme", other);
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test("a new user's first minute by touch", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Ada Lovelace");
    await page.getByLabel("Email").fill(uniqueEmail());
    await page.getByLabel("Password", { exact: true }).fill("violet mountain 47 lantern");
    await page.getByRole("button", { name: "Create account" }).tap();
    await expect(page).toHaveURL("/", { timeout: PASSWORD_HASHING_MS });
    const tasks = tasksPage(page);
    for (const title of ["Buy milk", "Call mom", "Book the dentist"]) {
      await tasks.newTask.fill(title);
      await tasks.newTask.press("Enter");
      await expect(tasks.item(title)).toBeVisible();
    }
    await tasks
      .item("Book the dentist")
      .getByRole("button", { name: /More actions/ })
      .tap();
    await page.getByRole("menuitem", { name: "Today" }).tap();
    await expect(tasks.item("Book the dentist").getByTestId("task-due")).toHaveText(/Today$/);
    await tasks.checkbox("Call mom").tap();
    await expect(tasks.completedList.getByRole("listitem")).toHaveText([/^Call mom/]);
    await tasks
      .item("Buy milk")
      .getByRole("button", { name: /More actions/ })
      .tap();
    await page.getByRole("menuitem", { name: /Delete/ }).tap();
    await tasks.toast("Task deleted").getByRole("button", { name: "Undo" }).tap();
    await expect(tasks.item("Buy milk")).toBeVisible();
    await page.getByRole("button", { name: /^Account menu/ }).tap();
    await page.getByRole("menuitemradio", { name: "Dark" }).tap();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  });
});
