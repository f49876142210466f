import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * V8's explicit compile hint (Chrome 136+): a script that starts with this comment has every function
 * compiled eagerly, on the background thread that compiles it while it downloads, instead of each one
 * on the main thread when it is first called. Other engines read it as a comment.
 * https://v8.dev/blog/explicit-compile-hints
 */
export const COMPILE_HINT = "//# allFunctionsCalledOnLoad";

/** The script with the hint as its first line; a script that has it already is returned as it was. */
export function withCompileHint(source: string): string {
  return source.startsWith(`${COMPILE_HINT}\n`) ? source : `${COMPILE_HINT}\n${source}`;
}

/**
 * Adds the hint to every `.js` file under `dir` (the build's client chunks, `.next/static/chunks`),
 * subfolders included: a chunk is loaded when its modules are about to run. The number of files changed.
 */
export async function addCompileHints(dir: string): Promise<number> {
  let changed = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".js")) continue;
    const file = join(entry.parentPath, entry.name);
    const source = await readFile(file, "utf8");
    const hinted = withCompileHint(source);
    if (hinted === source) continue;
    await writeFile(file, hinted);
    changed++;
  }
  return changed;
}
