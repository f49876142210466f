import { expect, isoDate, test } from "./support/fixtures";
import { tasksPage } from "./support/tasks-page";

test("a list is made from the sidebar, opens at its own address, and keeps its tasks apart from the Inbox", async ({
  page,
  user,
}) => {
  await user.createTasks([{ title: "In the inbox" }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  await expect(page.getByRole("heading", { name: "Inbox", level: 1 })).toBeVisible();
  const sidebar = page.getByRole("navigation", { name: "Lists" });
  await expect(sidebar.getByRole("link", { name: /^Inbox/ })).toHaveAttribute("aria-current", "page");

  await sidebar.getByRole("button", { name: "Add a list" }).click();
  const dialog = page.getByRole("dialog", { name: "New list" });
  await dialog.getByLabel("Name").fill("Groceries");
  await dialog.getByRole("radio", { name: "Green" }).click();
  await dialog.getByRole("button", { name: "Add list" }).click();
  await expect(page).toHaveURL(/\/lists\/\d+$/);
  await expect(page.getByRole("heading", { name: "Groceries", level: 1 })).toBeVisible();
  await expect(sidebar.getByRole("link", { name: /^Groceries/ })).toHaveAttribute("aria-current", "page");

  await tasks.add("Apples");
  await expect(tasks.item("In the inbox")).toHaveCount(0);
  await expect(sidebar.getByRole("link", { name: /^Groceries/ })).toHaveText(/Groceries\s*1$/);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Groceries", level: 1 })).toBeVisible();
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Apples/]);

  await sidebar.getByRole("link", { name: /^Inbox/ }).click();
  await expect(page).toHaveURL("/");
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^In the inbox/]);
});

test("a list's name is unique ignoring case, said in the dialog; rename and recolour from its menu", async ({
  page,
  user,
  consoleGuard,
}) => {
  consoleGuard.allow(/status of 409/);
  await user.createList("Work");
  await user.createList("Home");
  const tasks = tasksPage(page);
  await tasks.goto();
  const sidebar = page.getByRole("navigation", { name: "Lists" });

  await sidebar.getByRole("button", { name: "Add a list" }).click();
  const dialog = page.getByRole("dialog", { name: "New list" });
  await dialog.getByLabel("Name").fill("work");
  await dialog.getByRole("button", { name: "Add list" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("A list of that name exists");
  await expect(dialog.getByLabel("Name")).toHaveValue("work");
  await dialog.getByRole("button", { name: "Cancel" }).click();

  await sidebar.getByRole("link", { name: /^Home/ }).hover();
  await sidebar.getByRole("button", { name: "More actions for list Home" }).click();
  await page.getByRole("menuitem", { name: "Edit list" }).click();
  const edit = page.getByRole("dialog", { name: "Edit list" });
  await edit.getByLabel("Name").fill("House");
  await edit.getByRole("radio", { name: "Blue" }).click();
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(edit).toHaveCount(0);
  await expect(sidebar.getByRole("link", { name: /^House/ })).toBeVisible();
  await expect(sidebar.getByRole("link", { name: /^Home/ })).toHaveCount(0);
});

test("deleting a list asks first, naming how many tasks go with it", async ({ page, user }) => {
  const trip = await user.createList("Trip");
  await user.createTasks([
    { title: "Passport", listId: trip.id },
    { title: "Tickets", listId: trip.id, completed: true },
    { title: "Stays in the inbox" },
  ]);
  const tasks = tasksPage(page);
  await tasks.goto(`lists/${trip.id}`);
  const sidebar = page.getByRole("navigation", { name: "Lists" });
  await sidebar.getByRole("link", { name: /^Trip/ }).hover();
  await sidebar.getByRole("button", { name: "More actions for list Trip" }).click();
  await page.getByRole("menuitem", { name: "Delete list" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Delete “Trip”?" });
  await expect(confirm).toContainText("Its 2 tasks are deleted with it.");
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(sidebar.getByRole("link", { name: /^Trip/ })).toBeVisible();

  await sidebar.getByRole("button", { name: "More actions for list Trip" }).click();
  await page.getByRole("menuitem", { name: "Delete list" }).click();
  await confirm.getByRole("button", { name: "Delete list" }).click();
  await expect(page).toHaveURL("/");
  await expect(sidebar.getByRole("link", { name: /^Trip/ })).toHaveCount(0);
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Stays in the inbox/]);
});

test("Today gathers what is due today or overdue from every list, naming each task's list", async ({ page, user }) => {
  const work = await user.createList("Work");
  await user.createTasks([
    { title: "Late report", dueDate: isoDate(-1), listId: work.id },
    { title: "Call mum", dueDate: isoDate(0) },
    { title: "Next week", dueDate: isoDate(7) },
    { title: "Undated" },
  ]);
  const tasks = tasksPage(page);
  await tasks.goto("today");
  await expect(page.getByRole("heading", { name: "Today", level: 1 })).toBeVisible();
  await expect(tasks.region.getByRole("listitem")).toHaveCount(2);
  await expect(tasks.item("Late report").getByTestId("task-list")).toHaveText(/Work$/);
  await expect(tasks.item("Call mum").getByTestId("task-list")).toHaveText(/Inbox$/);

  // A task added in Today is due today.
  await tasks.add("Water the plants");
  await expect(tasks.item("Water the plants").getByTestId("task-due")).toHaveText(/Today$/);
});

test("Upcoming shows the next 7 days, grouped by day", async ({ page, user }) => {
  await user.createTasks([
    { title: "Day after tomorrow", dueDate: isoDate(2) },
    { title: "Tomorrow A", dueDate: isoDate(1) },
    { title: "Tomorrow B", dueDate: isoDate(1) },
    { title: "Too far", dueDate: isoDate(8) },
    { title: "Yesterday", dueDate: isoDate(-1) },
  ]);
  const tasks = tasksPage(page);
  await tasks.goto("upcoming");
  const groups = tasks.region.getByRole("heading", { level: 3 });
  await expect(groups).toHaveText([
    /^Tomorrow/,
    new RegExp(`^${new Date(`${isoDate(2)}T12:00`).toLocaleDateString("en-US", { weekday: "long" })}`),
  ]);
  await expect(tasks.region.getByRole("list", { name: /^Tasks Tomorrow/ }).getByRole("listitem")).toHaveCount(2);
  await expect(tasks.item("Too far")).toHaveCount(0);
  await expect(tasks.item("Yesterday")).toHaveCount(0);
});

test("a task moves to another list from its menu", async ({ page, user }) => {
  await user.createList("Errands");
  await user.createTasks([{ title: "Post the letter" }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  const menu = await tasks.menu("Post the letter");
  await menu.getByRole("menuitem", { name: "Move to…" }).click();
  await page.getByRole("menuitem", { name: "Errands" }).click();
  await expect(tasks.item("Post the letter")).toHaveCount(0);
  await page
    .getByRole("navigation", { name: "Lists" })
    .getByRole("link", { name: /^Errands/ })
    .click();
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Post the letter/]);
});

test("another user's list is not found, and nothing of it shows", async ({ page, user: _, openBrowser }) => {
  const { user: other } = await openBrowser();
  const secret = await other.createList("Secret plans");
  await other.createTasks([{ title: "Surprise party", listId: secret.id }]);
  await page.goto(`/lists/${secret.id}`);
  await expect(page.getByRole("heading", { name: "List not found" })).toBeVisible();
  await expect(page.getByText("Surprise party")).toHaveCount(0);
  await expect(page.getByText("Secret plans")).toHaveCount(0);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test("the lists are in a drawer from the header", async ({ page, user }) => {
    await user.createList("Garden");
    const tasks = tasksPage(page);
    await tasks.goto();
    await expect(page.getByRole("navigation", { name: "Lists" })).toBeHidden();
    await page.getByRole("button", { name: "Show lists" }).tap();
    const drawer = page.getByRole("dialog", { name: "Lists" });
    await drawer.getByRole("link", { name: /^Garden/ }).tap();
    await expect(drawer).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Garden", level: 1 })).toBeVisible();
  });
});

test("tasks keep the order the user gives them: Alt+arrows and drag and drop, saved", async ({ page, user }) => {
  await user.createTasks([{ title: "Third" }, { title: "Second" }, { title: "First" }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^First/, /^Second/, /^Third/]);

  await tasks.title("First").focus();
  await page.keyboard.press("Alt+ArrowDown");
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Second/, /^First/, /^Third/]);
  await expect(tasks.title("First")).toBeFocused();
  await expect(page.getByText("“First” moved below “Second”.")).toBeAttached();

  // Drag "Third" by its grip onto "Second", upwards: it goes above it.
  const grip = tasks.item("Third").getByRole("button", { name: /^Drag "Third"/ });
  await tasks.item("Third").hover();
  const from = await grip.boundingBox();
  const to = await tasks.item("Second").boundingBox();
  if (!from || !to) throw new Error("rows not laid out");
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
  await page.mouse.move(from.x + from.width / 2, to.y + 4, { steps: 10 });
  await page.mouse.up();
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Third/, /^Second/, /^First/]);

  await page.reload();
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Third/, /^Second/, /^First/]);
});

test("a task dragged onto a list in the sidebar moves into it, a list beside the rows too", async ({ page, user }) => {
  // The last of several lists sits beside the task rows, where the dragged row's box overlaps rows more than it.
  for (const name of ["Home", "Work", "Errands", "Garden", "Someday"]) await user.createList(name);
  await user.createTasks([
    { title: "Learn the cello" },
    ...Array.from({ length: 8 }, (_, i) => ({ title: `Stay ${i + 1}` })),
  ]);
  const tasks = tasksPage(page);
  await tasks.goto();
  const grip = tasks.item("Learn the cello").getByRole("button", { name: /^Drag/ });
  await tasks.item("Learn the cello").hover();
  const from = await grip.boundingBox();
  const target = await page
    .getByRole("navigation", { name: "Lists" })
    .getByRole("link", { name: /^Someday/ })
    .boundingBox();
  if (!from || !target) throw new Error("not laid out");
  await page.mouse.move(from.x + 4, from.y + 4);
  await page.mouse.down();
  await page.mouse.move(from.x - 20, from.y, { steps: 5 });
  await page.mouse.move(target.x + 20, target.y + target.height / 2, { steps: 15 });
  await page.mouse.up();
  await expect(tasks.item("Learn the cello")).toHaveCount(0);
  await page
    .getByRole("navigation", { name: "Lists" })
    .getByRole("link", { name: /^Someday/ })
    .click();
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Learn the cello/]);
});

test("lists in the sidebar reorder with Alt+arrows, and the order is kept", async ({ page, user }) => {
  await user.createList("Alpha");
  await user.createList("Beta");
  const tasks = tasksPage(page);
  await tasks.goto();
  const mine = page.getByRole("list", { name: "My lists" }).getByRole("link");
  await expect(mine).toHaveText([/^Alpha/, /^Beta/]);
  await mine.filter({ hasText: "Beta" }).focus();
  const saved = page.waitForResponse((r) => /\/lists\/\d+\/move$/.test(new URL(r.url()).pathname));
  await page.keyboard.press("Alt+ArrowUp");
  await expect(mine).toHaveText([/^Beta/, /^Alpha/]);
  // Saved before the reload, which the server draws with the lists as they are then.
  expect((await saved).ok()).toBe(true);
  await page.reload();
  await expect(mine).toHaveText([/^Beta/, /^Alpha/]);
});

test("a long list name is cut short with an ellipsis, and every list keeps its count in view", async ({
  page,
  user,
}) => {
  const long = `Renovation${"x".repeat(90)}`;
  await user.createList(long);
  await user.createList("Short");
  await user.createTasks([{ title: "In the Inbox" }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  const sidebar = page.getByRole("navigation", { name: "Lists" });
  const box = await sidebar.boundingBox();
  if (!box) throw new Error("sidebar not laid out");
  for (const name of [long, "Short"]) {
    const link = sidebar.getByRole("link", { name: new RegExp(`^${name}`) });
    const linkBox = await link.boundingBox();
    expect(linkBox && linkBox.x + linkBox.width).toBeLessThanOrEqual(box.x + box.width + 1);
  }
  const name = sidebar.getByRole("link", { name: /^Renovation/ }).locator("span.truncate");
  expect(await name.evaluate((span) => span.scrollWidth > span.clientWidth)).toBe(true);
  const inbox = sidebar.getByRole("link", { name: /^Inbox/ });
  await expect(inbox).toHaveText(/Inbox\s*1$/);
  const count = await inbox.getByText("1", { exact: true }).boundingBox();
  expect(count && count.x + count.width).toBeLessThanOrEqual(box.x + box.width + 1);
});
