import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { SAMPLE_TASKS } from "./support/sample-tasks";
import { tasksPage } from "./support/tasks-page";
import { expectTheme, THEMES, useTheme } from "./support/theme";

/** Every WCAG 2.1 A/AA violation axe finds, in a form that says what and where. */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => ({
    rule: v.id,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(" ")} — ${n.failureSummary ?? ""}`),
  }));
}

for (const theme of THEMES) {
  test.describe(`${theme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      // axe scans the whole page three or four times a test: seconds each, many more on a busy machine.
      test.slow();
      await useTheme(page, theme);
    });

    test("/sign-in and /sign-up have no WCAG 2.1 AA violations, errors shown or not", async ({ page }) => {
      for (const [path, submit] of [
        ["/sign-in", "Sign in"],
        ["/sign-up", "Create account"],
      ] as const) {
        await page.goto(path);
        await expectTheme(page, theme);
        await expect(page.getByRole("button", { name: submit })).toBeVisible();
        expect(await violations(page), path).toEqual([]);
        await page.getByRole("button", { name: submit }).click();
        await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
        expect(await violations(page), `${path} with errors`).toEqual([]);
      }
    });

    test("the tasks page has no WCAG 2.1 AA violations", async ({ page, user }) => {
      await user.createTasks(SAMPLE_TASKS);
      const tasks = tasksPage(page);
      await tasks.goto();
      await expectTheme(page, theme);
      await expect(tasks.list.getByRole("listitem")).toHaveCount(SAMPLE_TASKS.length);
      await expect(page.getByText("Overdue", { exact: false })).toBeVisible();
      expect(await violations(page), "list").toEqual([]);

      await tasks
        .item("Water the plants")
        .getByRole("button", { name: /^Details of/ })
        .click();
      await tasks.view("Active").focus();
      await tasks.newTask.fill(" ");
      await tasks.newTask.press("Enter");
      await expect(page.getByText("Title must not be empty")).toBeVisible();
      expect(await violations(page), "details open, add error shown").toEqual([]);

      await tasks.item("Call grandma").getByRole("button", { name: 'Delete "Call grandma"' }).click();
      await expect(page.getByRole("status").filter({ hasText: "Task deleted" })).toBeVisible();
      expect(await violations(page), "undo toast").toEqual([]);

      await page.getByRole("button", { name: "Shortcuts" }).click();
      await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
      expect(await violations(page), "shortcuts dialog").toEqual([]);
    });

    test("the page for an unknown address has no WCAG 2.1 AA violations and leads back", async ({
      page,
      user: _,
      consoleGuard,
    }) => {
      consoleGuard.allow(/status of 404/);
      const response = await page.goto("/no/such/page");
      expect(response?.status()).toBe(404);
      await expectTheme(page, theme);
      await expect(page.getByRole("heading", { name: "Page not found", level: 1 })).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await page.getByRole("link", { name: "Go to your tasks" }).click();
      await expect(page.getByRole("heading", { name: "Tasks", level: 1 })).toBeVisible();
    });
  });
}
