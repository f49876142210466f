// `pnpm exec tsx bench/profile/summarise.ts <file.cpuprofile> [--top N] [--requests N]`: where a profiled process's
// CPU went, by package and by function, its minified bundles read back through their source maps. See README § Benchmarks.
import { parseArgs } from "node:util";
import { summarise } from "./summary";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: "string", default: "30" }, requests: { type: "string" } },
});
const [file] = positionals;
if (!file || positionals.length > 1) {
  console.error("usage: summarise.ts <file.cpuprofile> [--top N] [--requests N]");
  process.exit(2);
}
const top = Number(values.top);
const requests = values.requests === undefined ? undefined : Number(values.requests);
const { busyMs, idleMs, byPackage, byFunction } = summarise(file);

const share = (ms: number) => `${((100 * ms) / busyMs).toFixed(1).padStart(5)} %`;
const perRequest = (ms: number) => (requests ? `${((1000 * ms) / requests).toFixed(1).padStart(7)} µs/req` : "");
const row = (ms: number, label: string) => `${ms.toFixed(0).padStart(8)} ms ${share(ms)} ${perRequest(ms)}  ${label}`;

console.log(
  `busy ${busyMs.toFixed(0)} ms, idle ${idleMs.toFixed(0)} ms${requests ? `; ${requests} requests: ${((1000 * busyMs) / requests).toFixed(0)} µs of CPU each` : ""}`,
);
console.log("\nby package (self time):");
for (const [pkg, ms] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(row(ms, pkg));
console.log("\nby function (self time):");
for (const [key, { ms, pkg }] of [...byFunction].sort((a, b) => b[1].ms - a[1].ms).slice(0, top)) {
  console.log(row(ms, `${key} [${pkg}]`));
}
