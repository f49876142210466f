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
