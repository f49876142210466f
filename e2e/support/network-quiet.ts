import type { Page, Request } from "@playwright/test";

// Playwright's "networkidle": no request for this long.
const QUIET_MS = 500;

/** The change stream stays open as long as the page does (live updates): it never lets the network idle. */
const isChangeStream = (request: Request) => new URL(request.url()).pathname.endsWith("/events");

/**
 * Goes to `url` and waits, as `waitUntil: "networkidle"` would, until no request but the change stream has
 * been in flight for 500 ms.
 */
export async function gotoUntilQuiet(page: Page, url: string): Promise<void> {
  const inFlight = new Set<Request>();
  let lastChange = Date.now();
  const start = (request: Request) => {
    if (isChangeStream(request)) return;
    inFlight.add(request);
    lastChange = Date.now();
  };
  const end = (request: Request) => {
    if (inFlight.delete(request)) lastChange = Date.now();
  };
  page.on("request", start);
  page.on("requestfinished", end);
  page.on("requestfailed", end);
  try {
    await page.goto(url, { waitUntil: "load" });
    while (inFlight.size > 0 || Date.now() - lastChange < QUIET_MS) await page.waitForTimeout(100);
  } finally {
    page.off("request", start);
    page.off("requestfinished", end);
    page.off("requestfailed", end);
  }
}
