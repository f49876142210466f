import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { PAST_LATIN1, toLatin1Source } from "./latin1-source";

export interface Latin1ChunksReport {
  /** Scripts rewritten to Latin-1, and their size before. */
  rewritten: number;
  bytes: number;
  /** Scripts left as built, and why: a character past Latin-1 where no escape means the same, or a map not moved. */
  left: { file: string; why: string }[];
}

/**
 * Rewrites every `.js` file under `dir` (the build's server chunks, `.next/server`) that holds a character past
 * Latin-1 so that it holds none (`toLatin1Source`), its source map beside it moved to match. Running it again
 * changes nothing.
 */
export async function rewriteToLatin1(dir: string): Promise<Latin1ChunksReport> {
  const report: Latin1ChunksReport = { rewritten: 0, bytes: 0, left: [] };
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".js")) continue;
    const file = join(entry.parentPath, entry.name);
    const source = await readFile(file, "utf8");
    if (!PAST_LATIN1.test(source)) continue;
    const mapFile = `${file}.map`;
    const map = existsSync(mapFile)
      ? (JSON.parse(await readFile(mapFile, "utf8")) as { mappings?: unknown })
      : undefined;
    if (map !== undefined && typeof map.mappings !== "string") {
      report.left.push({ file, why: "its source map has no mappings to move (an index map)" });
      continue;
    }
    const rewrite = toLatin1Source(source, map?.mappings as string | undefined);
    if (rewrite === null) {
      report.left.push({
        file,
        why: "a character past Latin-1 that no escape can stand for (in a tagged template, a line separator, a name past U+FFFF)",
      });
      continue;
    }
    await writeFile(file, rewrite.source);
    if (map !== undefined) await writeFile(mapFile, JSON.stringify({ ...map, mappings: rewrite.mappings }));
    report.rewritten++;
    report.bytes += Buffer.byteLength(source);
  }
  return report;
}
