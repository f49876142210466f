import type { Page } from "@playwright/test";
import { routeChunks } from "./support/chunks";
import { expect, test } from "./support/fixtures";
import { tasksPage } from "./support/tasks-page";

test("a task added while the view hides it is saved, and the page says where it went", async ({ page, user }) => {
  await user.createTasks([{ title: "Done already", completed: true }]);
  const tasks = tasksPage(page);
  await tasks.goto("?view=completed");

  await tasks.newTask.fill("Buy bread");
  await tasks.newTask.press("Enter");
  const toast = tasks.toast("Task added, but hidden by this view");
  await expect(toast).toContainText("“Buy bread” is not shown in Completed");
  await expect(tasks.newTask).toHaveValue("");
  await toast.getByRole("button", { name: "Show all" }).click();
  await expect(tasks.view("All")).toBeChecked();
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Buy bread/]);
});

test("priority, due date and tags are set from the icon buttons beside the title", async ({ page, user: _ }) => {
  const tasks = tasksPage(page);
  await tasks.goto();
  await tasks.newTask.fill("Plan the trip");

  await page.getByRole("button", { name: "Priority: No priority" }).click();
  await page.getByRole("menuitemradio", { name: "High" }).click();
  await expect(page.getByRole("button", { name: "Priority: High" })).toBeVisible();

  await page.getByRole("button", { name: "Due date", exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Tomorrow" }).click();
  await expect(page.getByRole("button", { name: "Due date: Tomorrow" })).toBeVisible();

  await page.getByRole("button", { name: "Tags", exact: true }).click();
  const tagField = page.getByRole("combobox", { name: "Tags of the new task" });
  // Ready to type in: the field takes focus as it loads into the popover.
  await expect(tagField).toBeFocused();
  await tagField.fill("#travel ");
  await tagField.fill("family");
  await tagField.press("Enter");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Tags: travel, family" })).toBeVisible();

  await tasks.newTask.press("Enter");
  const row = tasks.item("Plan the trip");
  await expect(row).toContainText("Tomorrow");
  await expect(row).toContainText("High");
  await expect(row.getByRole("button", { name: "Show tasks tagged travel" })).toBeVisible();
  await expect(row.getByRole("button", { name: "Show tasks tagged family" })).toBeVisible();
  // The options go back to empty for the next task.
  await expect(page.getByRole("button", { name: "Priority: No priority" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Due date", exact: true })).toBeVisible();
});

test("going straight on from a picked date to the next option leaves focus where the user went", async ({
  page,
  user: _,
}) => {
  const tasks = tasksPage(page);
  await tasks.goto();
  await page.getByRole("button", { name: "Due date", exact: true }).click();
  const picker = page.getByRole("dialog");
  await expect(picker.getByRole("button", { name: "Tomorrow" })).toBeVisible();
  // The user opens Tags the moment the date's popover has left the page, before Radix hands focus back to the
  // date's button (a timer after the closing animation): on a busy phone, a tap that lands in that gap.
  // Radix's timer sends its event to the closed popover, then focuses the trigger unless a handler said no:
  // `focusReturn.settled` resolves in the next task after that, when focus is wherever it is going to be.
  const focusReturn = await picker.evaluateHandle((content) => {
    const tagsButton = document.querySelector<HTMLButtonElement>('button[aria-label="Tags"]');
    new MutationObserver((_records, observer) => {
      if (content.isConnected) return;
      observer.disconnect();
      tagsButton?.click();
    }).observe(document.body, { childList: true, subtree: true });
    // Wrapped, since a promise returned here would be awaited now, before the click that settles it.
    return {
      settled: new Promise<void>((resolve) =>
        content.addEventListener("focusScope.autoFocusOnUnmount", () => setTimeout(resolve, 0), { once: true }),
      ),
    };
  });
  await picker.getByRole("button", { name: "Tomorrow" }).click();

  const tagField = page.getByRole("combobox", { name: "Tags of the new task" });
  await expect(tagField).toBeFocused();
  // Once Radix's timer has run, the Tags popover is still open and its field focused.
  await focusReturn.evaluate(({ settled }) => settled);
  await expect(tagField).toBeFocused();
  await expect(page.getByRole("button", { name: "Due date: Tomorrow" })).toBeVisible();
});

test("the date picker's calendar works from the keyboard", async ({ page, user: _ }) => {
  const tasks = tasksPage(page);
  await tasks.goto();
  await tasks.newTask.fill("Dentist");
  await tasks.newTask.press("Tab");
  await expect(page.getByRole("button", { name: "Add", exact: true })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Due date", exact: true })).toBeFocused();
  await page.keyboard.press("Enter");
  const picker = page.getByRole("dialog");
  await expect(picker.getByRole("grid")).toBeVisible();
  // Into the calendar: today's cell takes focus; a week on, then pick it.
  const today = picker.getByRole("button", { name: /Today/ }).last();
  await today.focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(picker).toHaveCount(0);
  const weekOn = new Date();
  weekOn.setDate(weekOn.getDate() + 7);
  const label = weekOn.toLocaleDateString("en-US", { weekday: "short", month: "short", day: "numeric" });
  await expect(page.getByRole("button", { name: `Due date: ${label}` })).toBeVisible();
});

test("a task whose checks cannot load stays in the box with the reason, and is added once they can", async ({
  page,
  user: _,
  consoleGuard,
}) => {
  consoleGuard.allow(/Failed to load resource|ChunkLoadError|Failed to fetch dynamically imported module/);
  // The chunk with the task schemas (their messages are in no other script) fails to load while `offline`.
  let offline = true;
  await routeChunks(page, ["Title must not be empty"], (route) =>
    offline ? route.abort("internetdisconnected") : route.continue(),
  );
  const tasks = tasksPage(page);
  await tasks.goto();

  await tasks.newTask.fill("Call the plumber");
  await tasks.newTask.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "The task could not be checked" })).toBeVisible();
  await expect(tasks.newTask).toHaveValue("Call the plumber");
  await expect(tasks.list.getByRole("listitem")).toHaveCount(0);

  offline = false;
  await tasks.newTask.press("Enter");
  await expect(tasks.list.getByRole("listitem")).toHaveText([/^Call the plumber/]);
  await expect(tasks.newTask).toHaveValue("");
});

test.describe("the option buttons before their pickers mount", () => {
  // The pickers mount when the page is first idle; a page that never is shows the buttons drawn alone.
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
  });

  test("are drawn alone, saying what a closed picker's trigger says", async ({ page, user: _ }) => {
    const tasks = tasksPage(page);
    await tasks.goto();
    await expect(tasks.region).toHaveAttribute("aria-busy", "false");
    const due = page.getByRole("button", { name: "Due date", exact: true });
    await expect(due).toHaveAttribute("aria-haspopup", "dialog");
    await expect(due).toHaveAttribute("aria-expanded", "false");
    const priority = page.getByRole("button", { name: "Priority: No priority" });
    await expect(priority).toHaveAttribute("aria-haspopup", "menu");
    await expect(priority).toHaveAttribute("aria-expanded", "false");
    // Radix's menu trigger has an id (its menu is labelled by it); the button drawn alone has none.
    await expect(priority).not.toHaveAttribute("id");
    await expect(page.getByRole("button", { name: "Tags", exact: true })).toHaveAttribute("aria-haspopup", "dialog");
  });

  test("Tab reaches the date button, which keeps focus as its picker mounts, and Enter opens it", async ({
    page,
    user: _,
  }) => {
    const tasks = tasksPage(page);
    await tasks.goto();
    await expect(tasks.region).toHaveAttribute("aria-busy", "false");
    await tasks.newTask.fill("Dentist");
    await tasks.newTask.press("Tab");
    await page.keyboard.press("Tab");
    const due = page.getByRole("button", { name: "Due date", exact: true });
    await expect(due).toBeFocused();
    await expect(page.getByRole("button", { name: "Priority: No priority" })).toHaveAttribute("id", /.+/);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("dialog").getByRole("grid")).toBeVisible();
  });

  test("a click with no pointer or focus before it (a screen reader's) opens the picker", async ({ page, user: _ }) => {
    const tasks = tasksPage(page);
    await tasks.goto();
    await expect(tasks.region).toHaveAttribute("aria-busy", "false");
    await page.getByRole("button", { name: "Priority: No priority" }).dispatchEvent("click");
    await page.getByRole("menuitemradio", { name: "High" }).click();
    await expect(page.getByRole("button", { name: "Priority: High" })).toBeVisible();
  });

  test("a mouse click opens the picker at once", async ({ page, user: _ }) => {
    const tasks = tasksPage(page);
    await tasks.goto();
    await expect(tasks.region).toHaveAttribute("aria-busy", "false");
    await page.getByRole("button", { name: "Tags", exact: true }).click();
    await expect(page.getByRole("combobox", { name: "Tags of the new task" })).toBeFocused();
  });
});

test("the option pickers mount once the page is idle, with no one reaching for them", async ({ page, user: _ }) => {
  const tasks = tasksPage(page);
  await tasks.goto();
  // Radix's menu trigger has an id (its menu is labelled by it); the button drawn alone has none.
  await expect(page.getByRole("button", { name: "Priority: No priority" })).toHaveAttribute("id", /.+/);
});

test("what is typed into the add box while a list switch swaps the page is all kept, and lands in the list now open", async ({
  page,
  user,
}) => {
  await user.createList("Errands");
  await user.createList("Home");
  const tasks = tasksPage(page);
  await tasks.goto();
  const sidebar = page.getByRole("navigation", { name: "Lists" });
  for (let round = 1; round <= 8; round++) {
    const list = round % 2 ? "Errands" : "Home";
    const title = `Round ${round} typed straight after the switch`;
    await sidebar.getByRole("link", { name: new RegExp(`^${list}`) }).click();
    await tasks.newTask.click();
    await page.keyboard.type(title);
    await expect(page.getByRole("heading", { name: list, level: 1 })).toBeVisible();
    await expect(tasks.newTask).toHaveValue(title);
    await expect(tasks.newTask).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(tasks.item(title)).toBeVisible();
    await expect(tasks.newTask).toHaveValue("");
  }
  await expect(sidebar.getByRole("link", { name: /^Errands/ })).toHaveText(/Errands\s*4$/);
  await expect(sidebar.getByRole("link", { name: /^Home/ })).toHaveText(/Home\s*4$/);
});

/**
 * A draft with each of its parts: a line with one chip taken back (its words stay title text) and one kept, and the
 * priority, due date and a tag chosen with the buttons beside it.
 */
async function makeDraft(page: Page) {
  const tasks = tasksPage(page);
  await tasks.newTask.fill("call mum tomorrow #family");
  await expect(tasks.chips.getByRole("listitem")).toHaveText(["Tomorrow", "family"]);
  await tasks.chips.getByRole("button", { name: "Remove due Tomorrow, keep “tomorrow” in the title" }).click();
  await page.getByRole("button", { name: "Priority: No priority" }).click();
  await page.getByRole("menuitemradio", { name: "High" }).click();
  await page.getByRole("button", { name: "Due date", exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Today", exact: true }).click();
  await page.getByRole("button", { name: "Tags: family" }).click();
  const tagField = page.getByRole("combobox", { name: "Tags of the new task" });
  await expect(tagField).toBeFocused();
  await tagField.fill("phone");
  await tagField.press("Enter");
  await page.keyboard.press("Escape");
  await expectDraft(page, "call mum tomorrow #family");
}

/** The add box shows the draft `makeDraft` made: the chip taken back is still text, the buttons hold their choices. */
async function expectDraft(page: Page, line: string) {
  const tasks = tasksPage(page);
  await expect(tasks.newTask).toHaveValue(line);
  await expect(tasks.chips.getByRole("listitem")).toHaveText(["family"]);
  await expect(page.getByRole("button", { name: "Priority: High" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Due date: Today" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Tags: family, phone" })).toBeVisible();
}

/** Words typed at the line's start (the stretch taken back moves with its words), then Enter: the task it makes. */
async function addWithPlease(page: Page) {
  const tasks = tasksPage(page);
  await page.keyboard.press("Home");
  await page.keyboard.type("Please ");
  await expectDraft(page, "Please call mum tomorrow #family");
  await page.keyboard.press("Enter");
  const title = "Please call mum tomorrow";
  await expect(tasks.item(title)).toBeVisible();
  await expect(tasks.due(title)).toHaveText(/Today$/);
  await expect(tasks.item(title)).toContainText("High");
  for (const tag of ["family", "phone"])
    await expect(tasks.item(title).getByRole("button", { name: `Show tasks tagged ${tag}` })).toBeVisible();
  // Added: the next task starts from nothing.
  await expect(tasks.newTask).toHaveValue("");
  await expect(page.getByRole("button", { name: "Priority: No priority" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Due date", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Tags", exact: true })).toBeVisible();
  await tasks.goto();
  await expect(tasks.newTask).toHaveValue("");
  await expect(page.getByRole("button", { name: "Priority: No priority" })).toBeVisible();
}

test("the options chosen and the chips taken back go with the draft across a list switch, into the list now open", async ({
  page,
  user,
}) => {
  await user.createList("Errands");
  const tasks = tasksPage(page);
  await tasks.goto();
  await makeDraft(page);

  const sidebar = page.getByRole("navigation", { name: "Lists" });
  await sidebar.getByRole("link", { name: /^Errands/ }).click();
  await tasks.newTask.click();
  await expect(page.getByRole("heading", { name: "Errands", level: 1 })).toBeVisible();
  await expect(tasks.newTask).toBeFocused();
  await expectDraft(page, "call mum tomorrow #family");

  await addWithPlease(page);
  await expect(sidebar.getByRole("link", { name: /^Errands/ })).toHaveText(/Errands\s*1$/);
});

test("the options chosen and the chips taken back survive a reload", async ({ page, user: _ }) => {
  const tasks = tasksPage(page);
  await tasks.goto();
  await makeDraft(page);

  await page.reload();
  await expect(tasks.region).toHaveAttribute("aria-busy", "false");
  await expectDraft(page, "call mum tomorrow #family");

  await tasks.newTask.click();
  await addWithPlease(page);
});
