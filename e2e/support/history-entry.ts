import type { Page } from "@playwright/test";

/** The Navigation API, which TypeScript's DOM library does not describe yet (Chromium has it). */
type WithNavigation = { navigation: { currentEntry: { index: number } | null } };

/**
 * Where the page stands in the tab's history (the Navigation API's entry index): the one way to see that a page
 * left an entry of its own (a closed sheet's) while its address stays the same.
 */
export function historyIndex(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as WithNavigation).navigation.currentEntry?.index ?? -1);
}
