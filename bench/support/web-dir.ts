import { createRequire } from "node:module";
import path from "node:path";

/** The web app's package folder, found as a dependency: what `startAppServer` starts. */
export const WEB_DIR = path.dirname(createRequire(import.meta.url).resolve("@todo/web/package.json"));

/** The bare Next.js app the API is measured against (bench/bare-next): its route handlers do the floor's work. */
export const BARE_NEXT_DIR = path.resolve(import.meta.dirname, "../bare-next");
