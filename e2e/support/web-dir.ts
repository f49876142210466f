import { createRequire } from "node:module";
import path from "node:path";

/** The web app's package folder, found as a dependency: what `startAppServer` starts. */
export const WEB_DIR = path.dirname(createRequire(import.meta.url).resolve("@todo/web/package.json"));
