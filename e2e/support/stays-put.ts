import { expect, type Locator } from "@playwright/test";

/**
 * Takes where `locator`'s top is now; the function it returns asserts, naming the moment, that it
 * has not moved since (a form whose messages push its button around makes people miss-click).
 */
export async function pinTop(locator: Locator): Promise<(moment: string) => Promise<void>> {
  const top = async () => (await locator.boundingBox())?.y;
  const before = await top();
  expect(before, "laid out on the page").toBeDefined();
  return async (moment) => expect(await top(), moment).toBe(before);
}
