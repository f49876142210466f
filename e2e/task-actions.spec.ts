import type { Request } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { tasksPage } from "./support/tasks-page";

const isTaskWrite = (method: string) => (request: Request) =>
  request.method() === method && /\/api\/[^/]+\/tasks/.test(request.url());

test("adds a task with Enter and refuses an empty title with a message in place", async ({ page, user: _ }) => {
  const tasks = tasksPage(page);
  const posts: Request[] = [];
  page.on("request", (request) => isTaskWrite("POST")(request) && posts.push(request));
  await tasks.goto();
  await expect(tasks.region.getByText("Nothing to do yet")).toBeVisible();
  await expect(tasks.region.getByText("Add your first task above: type it and press Enter.")).toBeVisible();

  await tasks.newTask.fill("   ");
  await tasks.newTask.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "Title must not be empty" })).toBeVisible();
  await expect(tasks.newTask).toHaveAttribute("aria-invalid", "true");
  await expect(tasks.newTask).toHaveAccessibleDescription("Title must not be empty");
  expect(posts).toHaveLength(0);

  await tasks.newTask.fill("Buy milk");
  await expect(page.getByText("Title must not be empty")).toHaveCount(0);
  await tasks.newTask.press("Enter");
  await expect(tasks.item("Buy milk")).toBeVisible();
  await expect(tasks.newTask).toHaveValue("");
  await expect(tasks.newTask).toBeFocused();
  await expect(tasks.itemsLeft).toHaveText("1 item left");
  // Shown before the POST leaves (it waits for the typed client and the token): counted once it has.
  await expect.poll(() => posts.length).toBe(1);

  await page.reload();
  await expect(tasks.item("Buy milk")).toBeVisible();
});

test("takes a title of 200 emoji whole, and says so past 200 rather than cutting it", async ({ page, user: _ }) => {
  const tasks = tasksPage(page);
  const posts: Request[] = [];
  page.on("request", (request) => isTaskWrite("POST")(request) && posts.push(request));
  const emoji = (n: number) => "🌱".repeat(n);
  await tasks.goto();

  await tasks.newTask.fill(emoji(201));
  await tasks.newTask.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "Title must be at most 200 characters" })).toBeVisible();
  await expect(tasks.newTask).toHaveValue(emoji(201));
  expect(posts).toHaveLength(0);

  await tasks.newTask.fill(emoji(200));
  await tasks.newTask.press("Enter");
  await expect(tasks.item(emoji(200))).toBeVisible();
  await page.reload();
  await expect(tasks.item(emoji(200))).toBeVisible();
  expect(posts).toHaveLength(1);
});

test("edits a title inline: Enter saves, Escape cancels, blur saves", async ({ page, user }) => {
  await user.createTasks([{ title: "Draft report" }]);
  const tasks = tasksPage(page);
  const edit = page.getByRole("textbox", { name: "Edit title" });
  const patches: Request[] = [];
  page.on("request", (request) => isTaskWrite("PATCH")(request) && patches.push(request));
  await tasks.goto();

  await tasks.title("Draft report").dblclick();
  await expect(edit).toBeFocused();
  await expect(edit).toHaveValue("Draft report");
  await edit.fill("Final report");
  await edit.press("Enter");
  await expect(edit).toHaveCount(0);
  await expect(tasks.title("Final report")).toBeVisible();
  await expect.poll(() => patches.length).toBe(1);
  expect(patches[0]?.postDataJSON()).toEqual({ title: "Final report" });

  await tasks.title("Final report").dblclick();
  await edit.fill("Never saved");
  await edit.press("Escape");
  await expect(edit).toHaveCount(0);
  await expect(tasks.title("Final report")).toBeVisible();

  await tasks.title("Final report").dblclick();
  await edit.fill("Saved on blur");
  await page.getByRole("heading", { name: "Inbox", level: 1 }).click();
  await expect(tasks.title("Saved on blur")).toBeVisible();
  await expect.poll(() => patches.length).toBe(2);
  expect(patches[1]?.postDataJSON()).toEqual({ title: "Saved on blur" });

  await page.reload();
  await expect(tasks.title("Saved on blur")).toBeVisible();
  await expect(tasks.list.getByRole("listitem")).toHaveCount(1);
});

test("toggles a task complete and back, and the change is saved", async ({ page, user }) => {
  await user.createTasks([{ title: "Water plants" }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  await expect(tasks.itemsLeft).toHaveText("1 item left");

  await tasks.checkbox("Water plants").click();
  await expect(tasks.checkbox("Water plants")).toBeChecked();
  // Done, it moves at once from the open tasks to the completed ones below them.
  await expect(tasks.completedList.getByRole("listitem")).toHaveText([/^Water plants/]);
  await expect(tasks.list).toHaveCount(0);
  await expect(tasks.itemsLeft).toHaveText("0 items left");
  await page.reload();
  await expect(tasks.checkbox("Water plants")).toBeChecked();
  await expect(tasks.checkbox("Water plants")).toHaveAccessibleName('Reopen "Water plants"');
  await expect(tasks.completedList.getByRole("listitem")).toHaveText([/^Water plants/]);

  await tasks.checkbox("Water plants").click();
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Water plants/]);
  await expect(tasks.completedList).toHaveCount(0);
  await expect(tasks.itemsLeft).toHaveText("1 item left");
  await page.reload();
  await expect(tasks.checkbox("Water plants")).not.toBeChecked();
  await expect(tasks.checkbox("Water plants")).toHaveAccessibleName('Complete "Water plants"');
});

test("deletes a task, and Undo brings it back without telling the server", async ({ page, user }) => {
  await user.createTasks([{ title: "Keep me" }, { title: "Other" }]);
  const tasks = tasksPage(page);
  const deletes: Request[] = [];
  page.on("request", (request) => isTaskWrite("DELETE")(request) && deletes.push(request));
  await page.clock.install();
  await tasks.goto();

  await (await tasks.menu("Keep me")).getByRole("menuitem", { name: "Delete" }).click();
  await expect(tasks.item("Keep me")).toHaveCount(0);
  const toast = tasks.toast("Task deleted");
  await expect(toast).toBeVisible();
  await toast.getByRole("button", { name: "Undo" }).click();
  await expect(tasks.item("Keep me")).toBeVisible();
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Other/, /^Keep me/]);
  await expect(toast).toHaveCount(0);

  await page.clock.fastForward(10_000);
  await page.reload();
  await expect(tasks.item("Keep me")).toBeVisible();
  expect(deletes).toHaveLength(0);
});

test("deletes a task for good once the undo time runs out", async ({ page, user }) => {
  await user.createTasks([{ title: "Throw away" }, { title: "Stay" }]);
  const tasks = tasksPage(page);
  await page.clock.install();
  await tasks.goto();

  await (await tasks.menu("Throw away")).getByRole("menuitem", { name: "Delete" }).click();
  await expect(tasks.item("Throw away")).toHaveCount(0);
  const deleted = page.waitForResponse((response) => isTaskWrite("DELETE")(response.request()));
  await page.clock.fastForward(5_000);
  expect((await deleted).status()).toBe(204);
  await expect(tasks.toast("Task deleted")).toHaveCount(0);

  await page.reload();
  await expect(tasks.item("Stay")).toBeVisible();
  await expect(tasks.item("Throw away")).toHaveCount(0);
  await expect(tasks.itemsLeft).toHaveText("1 item left");
});

test("quick changes to one task are sent one after another and never conflict with each other", async ({
  page,
  user,
}) => {
  await user.createTasks([{ title: "Draft the plan" }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  // The rename is answered by the server at once but reaches the page late, as on a slow network.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const sent: string[] = [];
  await page.route(/\/api\/[^/]+\/tasks\/\d+$/, async (route) => {
    if (route.request().method() !== "PATCH") return route.fallback();
    sent.push(route.request().headers()["if-match"] ?? "");
    if (sent.length > 1) return route.fallback();
    const response = await route.fetch();
    await held;
    await route.fulfill({ response });
  });
  await tasks.rename("Draft the plan", "Final plan");
  await tasks.checkbox("Final plan").click();
  await expect(tasks.checkbox("Final plan")).toBeChecked();
  release();
  await expect.poll(() => sent.length).toBe(2);
  // The second change carried the version the first produced, not the one both started from.
  expect(sent[1]).not.toBe(sent[0]);
  await expect(tasks.checkbox("Final plan")).toBeChecked();
  await page.reload();
  await expect(tasks.checkbox("Final plan")).toBeChecked();
});

test("a row's … menu opens the same before the row is first pointed at: by a click with no press behind it (a screen reader's) and by a mouse press", async ({
  page,
  user,
}) => {
  await user.createTasks([{ title: "Water plants" }, { title: "Pay rent" }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  const more = (title: string) => tasks.item(title).getByRole("button", { name: `More actions for "${title}"` });
  const menu = page.getByRole("menu");

  // Not yet pointed at or focused (the menu itself mounts then): it still says what it opens.
  await expect(more("Water plants")).toHaveAttribute("aria-haspopup", "menu");
  await expect(more("Water plants")).toHaveAttribute("aria-expanded", "false");
  await more("Water plants").dispatchEvent("click");
  await expect(menu).toBeVisible();
  await expect(more("Water plants")).toHaveAttribute("aria-expanded", "true");
  await menu.getByRole("menuitem", { name: "Tomorrow" }).click();
  await expect(menu).toHaveCount(0);
  await expect(tasks.item("Water plants").getByTestId("task-due").locator("time")).toHaveText("Tomorrow");

  // A mouse press opens it once and a second press closes it, as Radix's trigger does.
  await more("Pay rent").click();
  await expect(menu).toBeVisible();
  await more("Pay rent").click();
  await expect(menu).toHaveCount(0);
  await expect(more("Pay rent")).toHaveAttribute("aria-expanded", "false");
});
