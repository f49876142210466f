import type { Locator, Page } from "@playwright/test";

// What every version of the UI keeps, found by role and accessible name alone, for the specs that
// measure the UI (budget, layout shift, screenshots) and must outlive a redesign of its markup.

/** The tasks page's box to type a new task in. */
export function newTaskBox(page: Page): Locator {
  return page.getByRole("textbox", { name: /new task|add (a )?task/i });
}

/** The sign-in and sign-up forms' email field. */
export function emailField(page: Page): Locator {
  return page.getByRole("textbox", { name: /e-?mail/i });
}

/** The sign-in and sign-up forms' password field (not a "Show password" toggle). */
export function passwordField(page: Page): Locator {
  return page.getByLabel(/^password/i).and(page.locator("input"));
}

/** Resolves once nothing on the page says it is still loading (`aria-busy`). */
export async function settled(page: Page): Promise<void> {
  await page.locator('[aria-busy="true"]').first().waitFor({ state: "detached" });
}

/** The task titled `title`, as a list item. */
export function taskItem(page: Page, title: string): Locator {
  return page.getByRole("listitem").filter({ has: page.getByText(title, { exact: true }) });
}

/**
 * Opens a task's details through a "Details" button of its row, or a "Details" item of its actions
 * menu. False when the UI offers neither, so that a caller can say what it could not do.
 */
export async function openTaskDetails(page: Page, title: string): Promise<boolean> {
  const row = taskItem(page, title);
  const button = row.getByRole("button", { name: /details/i });
  if ((await button.count()) === 1) {
    await button.click();
    return true;
  }
  const menu = row.getByRole("button", { name: /actions|more|menu|…/i });
  if ((await menu.count()) !== 1) return false;
  await menu.click();
  const item = page.getByRole("menuitem", { name: /details/i });
  if ((await item.count()) === 1) {
    await item.click();
    return true;
  }
  await page.keyboard.press("Escape");
  return false;
}

/** The region sonner shows its toasts in ("Notifications alt+T": not Settings' Notifications section). */
export function toastRegion(page: Page): Locator {
  return page.getByRole("region", { name: /^Notifications alt\+/ });
}
