import type { Page } from "@playwright/test";

export interface DroppedRequests {
  answerAgain(): void;
}

/**
 * The page's `method` requests to `url` (a Playwright URL glob) get no answer, their connection dropped as
 * on a lost network, until `answerAgain()`: the way into a form's "the server could not be reached".
 */
export async function dropRequests(page: Page, url: string, method = "POST"): Promise<DroppedRequests> {
  let dropping = true;
  await page.route(url, (route) =>
    dropping && route.request().method() === method ? route.abort("internetdisconnected") : route.continue(),
  );
  return {
    answerAgain() {
      dropping = false;
    },
  };
}
