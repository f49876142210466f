/**
 * How long a parse takes on 200-character lines (it runs on every keystroke in the add box) and how many bytes
 * the parser adds to a page; prints both and rewrites the table between the markers in README.md.
 * `pnpm --filter @todo/quick-add measure`
 */
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { parseQuickAdd } from "../src/index";

const PACKAGE = new URL("..", import.meta.url).pathname;
const README = new URL("../README.md", import.meta.url);
const CONTEXT = {
  today: "2026-11-04",
  now: "14:30",
  lists: Array.from({ length: 200 }, (_, i) => ({ id: i + 1, name: i === 7 ? "Work" : `List number ${i}` })),
};
const fit = (text: string) => text.repeat(Math.ceil(200 / text.length)).slice(0, 200);
const TYPICAL = fit(
  "Prepare the quarterly board deck with revenue, churn and the hiring plan, then send it to Anna and Tom " +
    "for review every last friday 4pm ^Work #board #finance !high and book the room tomorrow at 9:30 ",
);
const LINES: Record<string, string> = {
  "a typical line (every kind of part)": TYPICAL,
  "numbers and times everywhere": fit("1:00 2 3/4 5pm 6 7.30 8 9 10 11 12am 13:45 Dec 24 2027 in 2 hours "),
  'repetitions everywhere ("every …")': fit("every 2nd every other every last friday every day until every "),
  "marks everywhere (# ^ ! quotes)": fit('#a ^ !1 " #b " ^Work !high “ # '),
};

function timing(text: string, runs: number): { median: number; p99: number } {
  for (let i = 0; i < 50; i++) parseQuickAdd(text, CONTEXT);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    parseQuickAdd(text, CONTEXT);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)] as number, p99: times[Math.floor(runs * 0.99)] as number };
}

async function size(contents: string, external: string[]): Promise<{ minified: number; gzipped: number }> {
  const result = await build({
    stdin: { contents, resolveDir: PACKAGE, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    external,
    write: false,
  });
  const code = (result.outputFiles[0] as { contents: Uint8Array }).contents;
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

const rows: string[] = [];
for (const [name, text] of Object.entries(LINES)) {
  const { median, p99 } = timing(text, 2000);
  rows.push(`| ${name} | ${median.toFixed(3)} ms | ${p99.toFixed(3)} ms |`);
}
// Typing the typical line a character at a time: one parse per keystroke.
const prefixes = Array.from({ length: TYPICAL.length }, (_, i) => TYPICAL.slice(0, i + 1));
const typingStart = performance.now();
for (let round = 0; round < 5; round++) for (const prefix of prefixes) parseQuickAdd(prefix, CONTEXT);
const perKeystroke = (performance.now() - typingStart) / (5 * prefixes.length);
rows.push(`| typing the typical line, mean per keystroke | ${perKeystroke.toFixed(3)} ms | |`);

const ENTRY = 'export { parseQuickAdd, rebaseSpans } from "./src/index";';
const sizes = {
  "the parser, without Zod, `@todo/contracts` and `@todo/dates` (the tasks page has them already)": await size(ENTRY, [
    "zod",
    "@todo/contracts",
    "@todo/dates",
  ]),
  "of which `chrono-node/en`": await size('export { Chrono, configuration } from "chrono-node/en";', []),
};
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const sizeRows = Object.entries(sizes).map(
  ([name, { minified, gzipped }]) => `| ${name} | ${kB(minified)} | ${kB(gzipped)} |`,
);

const table = [
  `Measured by \`pnpm --filter @todo/quick-add measure\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ` +
    `${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)}; 200 lists.`,
  "",
  "| 200-character line | median | p99 |",
  "| --- | --- | --- |",
  ...rows,
  "",
  "| bundle (esbuild, minified, ES2022) | minified | gzip -9 |",
  "| --- | --- | --- |",
  ...sizeRows,
].join("\n");
console.log(table);

const readme = readFileSync(README, "utf8");
const marked = /(<!-- measure:begin -->)[\s\S]*?(<!-- measure:end -->)/;
if (!marked.test(readme)) throw new Error("README.md has no <!-- measure:begin --> … <!-- measure:end --> block");
writeFileSync(README, readme.replace(marked, `$1\n${table}\n$2`));
