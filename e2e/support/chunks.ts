import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page, Route } from "@playwright/test";
import { WEB_DIR } from "./web-dir";

const CHUNKS = path.join(WEB_DIR, ".next/static/chunks");

/** The built app's browser chunks whose text holds any of `markers` (strings found in no other script). */
export function chunksHolding(markers: string[]): Set<string> {
  const names = readdirSync(CHUNKS).filter(
    (name) =>
      name.endsWith(".js") && markers.some((marker) => readFileSync(path.join(CHUNKS, name), "utf8").includes(marker)),
  );
  if (names.length === 0) throw new Error(`no chunk of the build holds ${markers.join(" or ")}`);
  return new Set(names);
}

/**
 * Routes the page's requests for the chunks holding `markers` (and only those) to `handle`; every other
 * request goes to the server untouched. Returns how many were asked for.
 */
export async function routeChunks(page: Page, markers: string[], handle: (route: Route) => Promise<void> | void) {
  const names = chunksHolding(markers);
  let asked = 0;
  await page.route(
    (url) => url.pathname.startsWith("/_next/static/chunks/") && names.has(path.basename(url.pathname)),
    (route) => {
      asked++;
      return handle(route);
    },
  );
  return { asked: () => asked };
}
