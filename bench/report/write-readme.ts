import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readmeBenchBlock, replaceBenchBlock } from "./readme-table";
import type { Results } from "./results";

export const readmeFile = path.resolve(import.meta.dirname, "../../README.md");

/** Rewrites the README's benchmark block from `results`; the rest of the README is left as it is. */
export function writeReadme(results: Results, file = readmeFile): void {
  writeFileSync(file, replaceBenchBlock(readFileSync(file, "utf8"), readmeBenchBlock(results)));
}
