import type { Page } from "@playwright/test";

/** sonner's toasts: list items in its live region ("Notifications alt+T"), found by their text. */
export function findToast(page: Page, text: string | RegExp) {
  return page
    .getByRole("region", { name: /^Notifications/ })
    .getByRole("listitem")
    .filter({ hasText: text });
}
