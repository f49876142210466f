import { type BrowserContext, test as base, expect, type Page } from "@playwright/test";
import { clientAddress, signUpUser, type TestUser } from "./accounts";
import { type DroppedRequests, dropRequests } from "./dropped-requests";

export { expect } from "@playwright/test";
export { dateIn, isoDate, type NewTask, signUpUser, type TestUser, uniqueEmail } from "./accounts";

/** Collects console errors and uncaught page errors from every page it watches. */
class ConsoleGuard {
  private readonly errors: string[] = [];
  private readonly allowed: RegExp[] = [];

  watch(page: Page): void {
    page.on("console", (message) => {
      if (message.type() === "error") this.errors.push(`console.error on ${page.url()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => this.errors.push(`page error on ${page.url()}: ${error.message}`));
  }

  watchContext(context: BrowserContext): void {
    for (const page of context.pages()) this.watch(page);
    context.on("page", (page) => this.watch(page));
  }

  /** Errors the test provokes on purpose (Chromium logs every failed fetch as a console error). */
  allow(...patterns: RegExp[]): void {
    this.allowed.push(...patterns);
  }

  unexpected(): string[] {
    return this.errors.filter((error) => !this.allowed.some((pattern) => pattern.test(error)));
  }
}

interface Fixtures {
  /** This test's client address; its browser context and API calls all send it. */
  clientIp: string;
  /** Fails the test on any console error or page error it was not told to expect. */
  consoleGuard: ConsoleGuard;
  /** A freshly signed-up user whose session cookie is in this test's browser context. */
  user: TestUser;
  /** Another browser context (its own cookies and storage), signed in as a new user or as `as`. */
  openBrowser: (as?: TestUser) => Promise<{ page: Page; user: TestUser }>;
  /** This test's page drops its `method` requests to `url` until `answerAgain()`; see `dropRequests`. */
  dropRequests: (url: string, method?: string) => Promise<DroppedRequests>;
}

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
  clientIp: async ({}, use) => {
    await use(clientAddress());
  },

  extraHTTPHeaders: async ({ extraHTTPHeaders, clientIp }, use) => {
    await use({ ...extraHTTPHeaders, "X-Forwarded-For": clientIp });
  },

  consoleGuard: [
    async ({ context }, use) => {
      const guard = new ConsoleGuard();
      guard.watchContext(context);
      await use(guard);
      expect(guard.unexpected(), "unexpected console errors or page errors").toEqual([]);
    },
    { auto: true },
  ],

  user: async ({ context, baseURL, clientIp }, use) => {
    const user = await signUpUser(baseURL as string, clientIp);
    await context.addCookies(user.cookies);
    await use(user);
  },

  openBrowser: async ({ browser, baseURL, consoleGuard }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (as) => {
      const user = as ?? (await signUpUser(baseURL as string, clientAddress(), "Grace Hopper"));
      const context = await browser.newContext({
        baseURL: baseURL as string,
        extraHTTPHeaders: { "X-Forwarded-For": user.ip },
      });
      contexts.push(context);
      consoleGuard.watchContext(context);
      await context.addCookies(user.cookies);
      return { page: await context.newPage(), user };
    });
    for (const context of contexts) await context.close();
  },

  dropRequests: async ({ page, consoleGuard }, use) => {
    await use((url, method) => {
      // Chromium logs each dropped request, and the page's fetch of it, as a console error.
      consoleGuard.allow(/Failed to load resource|Failed to fetch/);
      return dropRequests(page, url, method);
    });
  },
});
