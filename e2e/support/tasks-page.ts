import { expect, type Locator, type Page } from "@playwright/test";
import { toastRegion } from "./stable-ui";

/** The tasks page, found the way a user (or a screen reader) finds it: by roles and names. */
export function tasksPage(page: Page) {
  /**
   * Every task shown, open and completed (in "All", the completed ones have a list of their own). Its name exactly,
   * and found while a dialog or sheet hides it from the accessibility tree: else the details' "Subtasks" section,
   * whose name holds "tasks", is the one region found while they are open.
   */
  const hidden = { includeHidden: true };
  const region = page.getByRole("region", { name: "Tasks", exact: true, ...hidden });
  const list = page.getByRole("list", { name: "Tasks", exact: true });
  const completedList = page.getByRole("list", { name: "Completed tasks" });
  const newTask = page.getByRole("textbox", { name: "New task" });
  const itemsLeft = page.getByTestId("items-left");
  const viewOptions = page.getByRole("button", { name: /^View options/ });

  /**
   * The list item of the task with this exact title, in whichever section it is. Found in the accessibility tree's
   * hidden part too: while a dialog, sheet or menu is open or closing, Radix hides the rest of the page from it, and a
   * check that a task is gone would pass then whether it is or not. (Whether it shows is `toBeVisible`'s to say.)
   */
  const item = (title: string): Locator =>
    region
      .getByRole("listitem", hidden)
      .filter({ has: page.getByRole("button", { name: title, exact: true, ...hidden }) });

  /** Picks one choice of the "View options" menu (sort or priority filter), by its label. */
  async function chooseViewOption(label: string) {
    await viewOptions.click();
    await page.getByRole("menuitemradio", { name: label, exact: true }).click();
    await expect(page.getByRole("menu")).toHaveCount(0);
  }

  return {
    /** The toast (sonner's, in its "Notifications" region) that says this. */
    toast: (text: string | RegExp): Locator => toastRegion(page).getByRole("listitem").filter({ hasText: text }),
    region,
    list,
    completedList,
    newTask,
    item,
    viewOptions,
    chooseViewOption,
    search: page.getByRole("searchbox", { name: "Search tasks" }),
    itemsLeft,
    view: (name: "All" | "Active" | "Completed") => page.getByRole("radio", { name, exact: true }),
    title: (title: string) => region.getByRole("button", { name: title, exact: true }),
    /** A task's due date (and time) as its row says it. */
    due: (title: string) => item(title).getByTestId("task-due"),
    /** A recurring task's repeat mark: its text (for screen readers) is the rule in words. */
    repeat: (title: string) => item(title).getByTestId("task-repeat"),
    /** What the add box recognised in its line, as chips. */
    chips: page.getByRole("list", { name: "Recognised in the new task" }),
    checkbox: (title: string) =>
      page.getByRole("checkbox", { name: new RegExp(`^(Complete|Reopen) "${escapeRegExp(title)}"`) }),
    /** The "…" menu of a task, opened. */
    async menu(title: string) {
      await item(title).hover();
      await item(title)
        .getByRole("button", { name: `More actions for "${title}"` })
        .click();
      return page.getByRole("menu");
    },
    /** The details panel of a task, opened by its row's button. */
    async openDetails(title: string) {
      await item(title).hover();
      await item(title)
        .getByRole("button", { name: `Details of "${title}"` })
        .click();
      const details = page.getByRole("dialog", { name: "Task details" });
      await expect(details).toBeVisible();
      return details;
    },

    /**
     * Waits for the details to have closed: gone from the page, and the history entry they added left. The page steps
     * back off that entry a moment after they close (`use-back-closes.ts`, its mark in `history.state`); a reload
     * started before that is called off by it.
     */
    async detailsClosed() {
      await expect(page.getByRole("dialog", { name: "Task details" })).toHaveCount(0);
      await expect
        .poll(() => page.evaluate(() => (history.state as Record<string, unknown> | null)?.todoSheetOpen ?? null))
        .toBeNull();
    },

    async goto(query = "") {
      await page.goto(`/${query}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(region).toHaveAttribute("aria-busy", "false");
      // The count of tasks left arrives on its own request: loaded once it says how many.
      await expect(itemsLeft).toHaveText(/^\d+ items? left$/);
    },

    async add(title: string) {
      await newTask.fill(title);
      await newTask.press("Enter");
      await expect(item(title)).toBeVisible();
      await expect(newTask).toHaveValue("");
    },

    async rename(from: string, to: string) {
      await region.getByRole("button", { name: from, exact: true }).dblclick();
      const input = page.getByRole("textbox", { name: "Edit title" });
      await input.fill(to);
      await input.press("Enter");
      await expect(item(to)).toBeVisible();
    },
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
