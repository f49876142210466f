import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { tasksPage } from "./support/tasks-page";

/** Tab A renames the task; tab B, still showing the old title, renames it too and gets the conflict. */
async function renameInBothTabs(pageA: Page, pageB: Page) {
  const tabA = tasksPage(pageA);
  const tabB = tasksPage(pageB);
  // Tab B does not get tab A's changes live (its change stream refused, as when it is down): it still shows
  // the old title, and its save is the one the server refuses.
  await pageB.route(
    (url) => url.pathname.endsWith("/events"),
    (route) => route.abort(),
  );
  await tabA.goto();
  await tabB.goto();

  const savedByA = pageA.waitForResponse((r) => r.request().method() === "PATCH");
  await tabA.rename("Original title", "Renamed in tab A");
  expect((await savedByA).status()).toBe(200);

  const refusedForB = pageB.waitForResponse((r) => r.request().method() === "PATCH");
  await tabB.title("Original title").dblclick();
  await pageB.getByRole("textbox", { name: "Edit title" }).fill("Renamed in tab B");
  await pageB.getByRole("textbox", { name: "Edit title" }).press("Enter");
  expect((await refusedForB).status()).toBe(412);

  const dialog = pageB.getByRole("dialog", { name: "This task changed elsewhere" });
  await expect(dialog).toBeVisible();
  // Only what differs, in words, side by side: the title, as saved now and as this tab changed it.
  await expect(dialog.getByRole("columnheader")).toHaveText(["Field", "Saved now", "Your change"]);
  await expect(dialog.getByRole("rowheader")).toHaveText(["Title"]);
  await expect(dialog.getByTestId("conflict-theirs")).toHaveText(["Renamed in tab A"]);
  await expect(dialog.getByTestId("conflict-mine")).toHaveText(["Renamed in tab B"]);
  // Behind the dialog (hidden from assistive tech while it is open), the row already shows the saved title.
  await expect(
    pageB.getByRole("button", { name: "Renamed in tab A", exact: true, includeHidden: true }),
  ).toBeAttached();
  return { tabA, tabB, dialog };
}

test.beforeEach(async ({ user, consoleGuard }) => {
  consoleGuard.allow(/status of 412/, /ERR_FAILED/);
  await user.createTasks([{ title: "Original title" }]);
});

test("keeping the saved version shows the other tab's change, as the server has it", async ({ page, context }) => {
  const pageB = await context.newPage();
  const { tabA, tabB, dialog } = await renameInBothTabs(page, pageB);

  await dialog.getByRole("button", { name: "Keep the saved version" }).click();
  await expect(dialog).toBeHidden();
  await expect(tabB.list.getByRole("listitem")).toHaveText([/^Renamed in tab A/]);

  await Promise.all([page.reload(), pageB.reload()]);
  await expect(tabA.list.getByRole("listitem")).toHaveText([/^Renamed in tab A/]);
  await expect(tabB.list.getByRole("listitem")).toHaveText([/^Renamed in tab A/]);
});

test("applying my change overwrites the other tab's version on the server", async ({ page, context }) => {
  const pageB = await context.newPage();
  const { tabA, tabB, dialog } = await renameInBothTabs(page, pageB);

  const forced = pageB.waitForResponse((r) => r.request().method() === "PATCH");
  await dialog.getByRole("button", { name: "Apply my change" }).click();
  expect((await forced).status()).toBe(200);
  await expect(dialog).toBeHidden();
  await expect(tabB.list.getByRole("listitem")).toHaveText([/^Renamed in tab B/]);

  await Promise.all([page.reload(), pageB.reload()]);
  await expect(tabA.list.getByRole("listitem")).toHaveText([/^Renamed in tab B/]);
  await expect(tabB.list.getByRole("listitem")).toHaveText([/^Renamed in tab B/]);
});

test("Escape on the conflict dialog keeps the saved version", async ({ page, context }) => {
  const pageB = await context.newPage();
  const { tabB, dialog } = await renameInBothTabs(page, pageB);
  await pageB.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await pageB.reload();
  await expect(tabB.list.getByRole("listitem")).toHaveText([/^Renamed in tab A/]);
});
