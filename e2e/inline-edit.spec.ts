import type { Request } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { tasksPage } from "./support/tasks-page";

test("an invalid title keeps the field open with the reason, and what was typed is kept", async ({ page, user }) => {
  await user.createTasks([{ title: "Water the plants" }]);
  const tasks = tasksPage(page);
  const patches: Request[] = [];
  page.on("request", (r) => r.method() === "PATCH" && patches.push(r));
  await tasks.goto();

  await tasks.title("Water the plants").dblclick();
  const edit = page.getByRole("textbox", { name: "Edit title" });
  const long = "x".repeat(250);
  await edit.fill(long);
  await expect(page.getByText("250/200")).toBeVisible();
  await edit.press("Enter");
  await expect(edit).toBeVisible();
  await expect(edit).toHaveValue(long);
  await expect(edit).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("alert").filter({ hasText: /200/ })).toBeVisible();

  await edit.fill("   ");
  await page.getByRole("heading", { name: "Inbox", level: 1 }).click();
  await expect(edit).toBeVisible();
  await expect(edit).toHaveValue("   ");
  await expect(page.getByRole("alert").filter({ hasText: "Title must not be empty" })).toBeVisible();
  expect(patches).toHaveLength(0);

  await edit.fill("Water the plants twice");
  await expect(page.getByText(/\/200$/)).toHaveCount(0);
  await edit.press("Enter");
  await expect(tasks.item("Water the plants twice")).toBeVisible();
  await expect(tasks.title("Water the plants twice")).toBeFocused();
  expect(patches).toHaveLength(1);
});
