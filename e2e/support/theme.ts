import { expect, type Page } from "@playwright/test";

export const THEMES = ["light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

/** Stores the theme choice before any page script runs, as a returning user's browser would have it. */
export async function useTheme(page: Page, theme: Theme) {
  await page.addInitScript((choice) => localStorage.setItem("theme", choice), theme);
}

export async function expectTheme(page: Page, theme: Theme) {
  await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
}
