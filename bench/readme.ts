// `pnpm exec tsx bench/readme.ts`: rewrites the README's benchmark block from bench/results/latest.json, running nothing.
import { readFileSync } from "node:fs";
import path from "node:path";
import { resultsFile } from "./report/results";
import { readmeFile, writeReadme } from "./report/write-readme";

writeReadme(JSON.parse(readFileSync(resultsFile, "utf8")));
console.log(
  `${path.relative(process.cwd(), readmeFile)}: benchmark block written from ${path.relative(process.cwd(), resultsFile)}`,
);
