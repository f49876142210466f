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

// The page of the palette's search, as of every list the app asks for (toListQuery, apps/web/src/lib/list-filters.ts).
const PAGE = 100;

/** Tasks "<word> 1" (the oldest) to "<word> n" (the newest), every other one in `list`, "<word> 1" among them. */
function numbered(word: string, n: number, list: { id: number }): { title: string; listId?: number }[] {
  return Array.from({ length: n }, (_, i) => ({ title: `${word} ${i + 1}`, ...(i % 2 === 0 && { listId: list.id }) }));
}

const isNextPage = (url: URL) => /^\/api\/[^/]+\/tasks$/.test(url.pathname) && url.searchParams.has("cursor");

test("Ctrl+K: a search finding more than a page loads the rest as the keyboard reaches its end, the selection staying put", async ({
  page,
  user,
}) => {
  const trip = await user.createList("Trip");
  await user.createTasks(numbered("Quokka", PAGE + 10, trip));
  const tasks = tasksPage(page);
  await tasks.goto();
  // The next page waits until the test lets it come.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(isNextPage, async (route) => {
    await held;
    await route.fallback();
  });

  await page.keyboard.press("Control+k");
  const palette = page.getByRole("dialog", { name: "Command palette" });
  const options = palette.getByRole("option");
  const selected = palette.locator('[role="option"][aria-selected="true"]');
  // The palette itself, not the box standing in for it while it loads.
  await expect(options.first()).toBeVisible();
  await page.keyboard.type("quokka");
  // The newest page, newest first.
  await expect(options).toHaveCount(PAGE);
  await expect(options.first()).toHaveText(/^Quokka 110\b/);
  await expect(options.last()).toHaveText(/^Quokka 11\b/);

  // Down the list to its last task: the next page is asked for, the row at the end says so.
  await expect(selected).toHaveText(/^Quokka 110\b/);
  for (let i = 1; i < PAGE; i++) await page.keyboard.press("ArrowDown");
  await expect(selected).toHaveText(/^Quokka 11\b/);
  const more = palette.getByTestId("more-tasks");
  await expect(more).toHaveText("Loading more tasks…");
  await expect(more).toBeInViewport();
  const before = await selected.boundingBox();

  release();
  await expect(options).toHaveCount(PAGE + 10);
  await expect(more).toHaveCount(0);
  // The page came below: the selected task is the same, where it was.
  await expect(selected).toHaveText(/^Quokka 11\b/);
  expect(await selected.boundingBox()).toEqual(before);
  await expect(options.last()).toHaveText(/^Quokka 1\b.*Trip$/);

  // A task added meanwhile (on another device) comes in too, newest first: the search is still the live list.
  await user.createTasks([{ title: "Quokka 111" }]);
  await expect(options.first()).toHaveText(/^Quokka 111\b/);
  await expect(options).toHaveCount(PAGE + 11);

  // On to the oldest, and choose it: its list opens with its details.
  for (let i = 0; i < 10; i++) await page.keyboard.press("ArrowDown");
  await expect(selected).toHaveText(/^Quokka 1\b/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`/lists/${trip.id}`);
  await expect(page.getByRole("dialog", { name: "Task details" }).getByLabel("Title")).toHaveValue("Quokka 1");
});

test("Ctrl+K: scrolled to the end, the palette loads the rest of a search; a search within a page has no more to load", async ({
  page,
  user,
}) => {
  const trip = await user.createList("Trip");
  await user.createTasks([...numbered("Wombat", 3, trip), ...numbered("Quokka", PAGE + 10, trip)]);
  const tasks = tasksPage(page);
  await tasks.goto();
  await page.keyboard.press("Control+k");
  const palette = page.getByRole("dialog", { name: "Command palette" });
  const options = palette.getByRole("option");
  const more = palette.getByTestId("more-tasks");
  await expect(options.first()).toBeVisible();

  await page.keyboard.type("wombat");
  await expect(options).toHaveText([/^Wombat 3/, /^Wombat 2/, /^Wombat 1.*Trip$/]);
  await expect(more).toHaveCount(0);

  const input = palette.getByRole("combobox", { name: "Command or task" });
  await input.fill("quokka");
  await expect(options).toHaveCount(PAGE);
  await expect(options.first()).toHaveText(/^Quokka 110\b/);
  await expect(more).toBeAttached();
  // The pointer over the list, the wheel down to its end.
  await palette.getByRole("listbox").hover();
  await page.mouse.wheel(0, 10_000);
  await expect(options).toHaveCount(PAGE + 10);
  await expect(more).toHaveCount(0);
  // What is typed still goes to the search box, which kept the focus.
  await expect(input).toBeFocused();

  const oldest = palette.getByRole("option", { name: /^Quokka 1\b/ });
  await expect(oldest).toHaveText(/^Quokka 1\b.*Trip$/);
  await oldest.click();
  await expect(page).toHaveURL(`/lists/${trip.id}`);
  await expect(page.getByRole("dialog", { name: "Task details" }).getByLabel("Title")).toHaveValue("Quokka 1");
});

test("Ctrl+K finds a task the page shows by its description, though cmdk's own match would not", async ({
  page,
  user,
}) => {
  await user.createTasks([{ title: "Renew the passport", description: "travel documents" }, { title: "Buy milk" }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  await expect(tasks.item("Renew the passport")).toHaveCount(1);
  await page.keyboard.press("Control+k");
  const palette = page.getByRole("dialog", { name: "Command palette" });
  await expect(palette.getByRole("option").first()).toBeVisible();
  // Until the server answers, the page's tasks are matched by cmdk, which reads no descriptions.
  await page.keyboard.type("travel");
  await expect(palette.getByRole("option")).toHaveText([/^Renew the passport/]);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog", { name: "Task details" }).getByLabel("Title")).toHaveValue(
    "Renew the passport",
  );
});

test("Ctrl+K before the palette has loaded: what is typed before and while it arrives all goes to its search", async ({
  page,
  user,
}) => {
  await user.createTasks([{ title: "Renew the passport of the cat" }]);
  await tasksPage(page).goto();
  // The palette's code comes with the first key: held on its way until a part of the text is typed.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/_next\/static\/chunks\//, async (route) => {
    await held;
    await route.continue();
  });
  await page.keyboard.press("Control+k");
  const palette = page.getByRole("dialog", { name: "Command palette" });
  await expect(palette.getByRole("textbox", { name: "Command or task" })).toBeFocused();
  await page.keyboard.type("renew the");
  // Typing goes on as it arrives: the box it arrives with takes over in the middle, keeping what was typed (before,
  // its focus selected that text, and the next key replaced it; a key between the two boxes fell on the page).
  const typing = page.keyboard.type(" passport of the cat", { delay: 5 });
  release();
  await typing;
  const search = palette.getByRole("combobox", { name: "Command or task" });
  await expect(search).toHaveValue("renew the passport of the cat");
  await expect(search).toBeFocused();
  await expect(palette.getByRole("option")).toHaveText([/^Renew the passport of the cat/]);
  await expect(page.getByRole("dialog")).toHaveCount(1);
});
