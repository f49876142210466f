import { expect, type Locator, type Page } from "@playwright/test";

/** The tasks page, found the way a user (or a screen reader) finds it: by roles and names. */
export function tasksPage(page: Page) {
  const list = page.getByRole("list", { name: "Tasks" });
  const newTask = page.getByRole("textbox", { name: "New task" });
  const itemsLeft = page.getByTestId("items-left");

  /** The list item of the task with this exact title. */
  const item = (title: string): Locator =>
    list.getByRole("listitem").filter({ has: page.getByRole("button", { name: title, exact: true }) });

  return {
    list,
    newTask,
    item,
    search: page.getByRole("searchbox", { name: "Search tasks" }),
    sort: page.getByRole("combobox", { name: "Sort" }),
    priorityFilter: page.getByRole("combobox", { name: "Priority filter" }),
    itemsLeft,
    view: (name: "All" | "Active" | "Completed") => page.getByRole("button", { name, exact: true }),
    title: (title: string) => list.getByRole("button", { name: title, exact: true }),
    checkbox: (title: string) => page.getByRole("checkbox", { name: new RegExp(`^Mark "${escapeRegExp(title)}" as `) }),

    async goto(query = "") {
      await page.goto(`/${query}`);
      await expect(page.getByRole("heading", { name: "Tasks", level: 1 })).toBeVisible();
      await expect(page.getByRole("region", { name: "Tasks" })).toHaveAttribute("aria-busy", "false");
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
      await list.getByRole("button", { name: from, exact: true }).dblclick();
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
