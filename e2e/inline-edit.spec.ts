import type { Request, Route } from "@playwright/test";
import { routeChunks } from "./support/chunks";
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
  // The list shows the change before the PATCH leaves (it waits for the typed client and the token).
  await expect.poll(() => patches.length).toBe(1);
});

test("a title edit whose checks cannot load keeps the field open with the reason; saved once they can, once", async ({
  page,
  user,
  consoleGuard,
}) => {
  consoleGuard.allow(/Failed to load resource|ChunkLoadError|Failed to fetch dynamically imported module/);
  await user.createTasks([{ title: "Water the plants" }]);
  // The chunk with the task schemas (their messages are in no other script) fails to load while `offline`.
  let offline = true;
  await routeChunks(page, ["Title must not be empty"], (route) =>
    offline ? route.abort("internetdisconnected") : route.continue(),
  );
  const patches: Request[] = [];
  page.on("request", (r) => r.method() === "PATCH" && patches.push(r));
  const tasks = tasksPage(page);
  await tasks.goto();

  await tasks.title("Water the plants").dblclick();
  const edit = page.getByRole("textbox", { name: "Edit title" });
  await edit.fill("Water the plants twice");
  await edit.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "The title could not be checked" })).toBeVisible();
  await expect(edit).toHaveValue("Water the plants twice");
  expect(patches).toHaveLength(0);

  offline = false;
  await edit.press("Enter");
  await expect(tasks.item("Water the plants twice")).toBeVisible();
  await expect(tasks.title("Water the plants twice")).toBeFocused();
  // Sent once the typed client has loaded too (its chunk was refused with the schemas').
  await expect.poll(() => patches.length).toBe(1);
});

test("Enter, then clicking away, while the title's checks still load saves the title once", async ({ page, user }) => {
  await user.createTasks([{ title: "Water the plants" }]);
  // The chunk with the task schemas waits until the test lets it through, as on a slow network.
  const held: Route[] = [];
  let holding = true;
  await routeChunks(page, ["Title must not be empty"], (route) => (holding ? void held.push(route) : route.continue()));
  const patches: Request[] = [];
  page.on("request", (r) => r.method() === "PATCH" && patches.push(r));
  const tasks = tasksPage(page);
  await tasks.goto();

  await tasks.title("Water the plants").dblclick();
  const edit = page.getByRole("textbox", { name: "Edit title" });
  await edit.fill("Water the plants twice");
  await edit.press("Enter");
  await page.getByRole("heading", { name: "Inbox", level: 1 }).click();
  await expect.poll(() => held.length).toBeGreaterThan(0);
  expect(patches).toHaveLength(0);

  holding = false;
  for (const route of held) await route.continue();
  await expect(tasks.item("Water the plants twice")).toBeVisible();
  await expect.poll(() => patches.length).toBe(1);
  await page.waitForTimeout(500);
  expect(patches, "one save, not one per way of leaving the field").toHaveLength(1);
});
