import path from "node:path";

/** The web app's package folder: what `startAppServer` starts, and where its build and config live. */
export const WEB_DIR = path.resolve(import.meta.dirname, "../..");
