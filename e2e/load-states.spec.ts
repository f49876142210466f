import { expect, test } from "./support/fixtures";
import { tasksPage } from "./support/tasks-page";

const isList = (url: URL) => /^\/api\/[^/]+\/tasks$/.test(url.pathname);

// A page load comes with its tasks (drawn by the server, decision 025): lists the page did not start
// with are fetched by the browser, with these states.

test("shows placeholders while a list the page did not start with loads, then the tasks", async ({ page, user }) => {
  await user.createTasks([{ title: "Slow to arrive" }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(isList, async (route) => {
    await held;
    await route.fallback();
  });
  await tasks.search.fill("Slow");
  const region = page.getByRole("region", { name: "Tasks" });
  await expect(region).toHaveAttribute("aria-busy", "true");
  await expect(page.getByRole("list", { name: "Tasks", exact: true })).toHaveCount(0);

  release();
  await expect(region).toHaveAttribute("aria-busy", "false");
  await expect(tasksPage(page).item("Slow to arrive")).toBeVisible();
});

test("asks the server to count only for the count it shows (items left), not for the list", async ({ page, user }) => {
  const errands = await user.createList("Errands");
  await user.createTasks([{ title: "Counted once", listId: errands.id }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  const lists: { status: string | null; limit: string | null; prefer: string | undefined; total: string | null }[] = [];
  page.on("response", async (response) => {
    const url = new URL(response.url());
    if (!isList(url) || response.request().method() !== "GET") return;
    const prefer = (await response.request().allHeaders()).prefer;
    lists.push({
      status: url.searchParams.get("status"),
      limit: url.searchParams.get("limit"),
      prefer,
      total: await response.headerValue("x-total-count"),
    });
  });
  // Another list, reached inside the app: the browser fetches its tasks.
  await page
    .getByRole("link", { name: /^Errands/ })
    .first()
    .click();
  await expect(page).toHaveURL(`/lists/${errands.id}`);
  await expect(tasks.itemsLeft).toHaveText("1 item left");
  // The handler above reads each answer's headers asynchronously: wait for all three to be noted
  // (the open tasks, the completed ones below them, and the count).
  await expect.poll(() => lists.length).toBe(3);
  expect(lists).toEqual(
    expect.arrayContaining([
      { status: "pending", limit: "100", prefer: undefined, total: null },
      { status: "completed", limit: "100", prefer: undefined, total: null },
      { status: "pending", limit: "1", prefer: "count=exact", total: "1" },
    ]),
  );
});

test("an empty list invites the first task; a filter that matches nothing says so", async ({ page, user }) => {
  const tasks = tasksPage(page);
  await tasks.goto();
  await expect(tasks.region.getByText("Nothing to do yet")).toBeVisible();
  await expect(tasks.region.getByText("Add your first task above: type it and press Enter.")).toBeVisible();
  // An empty view says what fills it; a search that finds nothing says so and offers to clear it.
  await tasks.goto("?view=completed");
  await expect(tasks.region.getByText("Nothing completed yet")).toBeVisible();
  await user.createTasks([{ title: "Something to find" }]);
  await tasks.goto("?q=nothing-like-this");
  await expect(tasks.region.getByText("No tasks match")).toBeVisible();
  await tasks.region.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).toHaveURL("/");
  await expect(tasks.item("Something to find")).toBeVisible();
});

test("a task added while the list is still on its way stays once the list arrives", async ({ page, user }) => {
  const errands = await user.createList("Errands");
  await user.createTasks([{ title: "Already there", listId: errands.id }]);
  const tasks = tasksPage(page);
  await tasks.goto();
  // The first page and the first count are answered by the server at once, before the new task
  // exists, but reach the page only after it was created: what a slow network does.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const seen = new Set<string>();
  let answered = () => {};
  const bothAnswered = new Promise<void>((resolve) => {
    answered = resolve;
  });
  await page.route(isList, async (route) => {
    const kind = new URL(route.request().url()).searchParams.get("limit") === "1" ? "count" : "page";
    if (route.request().method() !== "GET" || seen.has(kind)) return route.fallback();
    seen.add(kind);
    const response = await route.fetch();
    if (seen.size === 2) answered();
    await held;
    await route.fulfill({ response });
  });
  // Another list, reached inside the app: the browser fetches its tasks.
  await page
    .getByRole("link", { name: /^Errands/ })
    .first()
    .click();
  await bothAnswered;
  const created = page.waitForResponse((r) => r.request().method() === "POST" && r.status() === 201);
  await tasks.newTask.fill("Added meanwhile");
  await tasks.newTask.press("Enter");
  await created;
  release();
  await expect(page.getByRole("region", { name: "Tasks" })).toHaveAttribute("aria-busy", "false");
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Added meanwhile/, /^Already there/]);
  await expect(tasks.itemsLeft).toHaveText("2 items left");
});
