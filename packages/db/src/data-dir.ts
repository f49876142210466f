import { existsSync } from "node:fs";
import path from "node:path";

/** The embedded database's default home: `.data/pglite` at the workspace root, from wherever we run. */
export function defaultDataDir(from = process.cwd()): string {
  // A runtime lookup: the bundler must not trace the filesystem from here.
  let dir = path.resolve(/*turbopackIgnore: true*/ from);
  while (!existsSync(path.join(/*turbopackIgnore: true*/ dir, "pnpm-workspace.yaml"))) {
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(/*turbopackIgnore: true*/ from, ".data", "pglite");
    dir = parent;
  }
  return path.join(/*turbopackIgnore: true*/ dir, ".data", "pglite");
}
