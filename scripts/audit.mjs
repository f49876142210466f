// `pnpm audit --prod`: fails on a high or critical advisory; says so plainly, and does not fail,
// when the advisory database cannot be reached (offline machines, registries without the audit API).
import { spawnSync } from "node:child_process";

const result = spawnSync("pnpm", ["audit", "--prod", "--json"], { encoding: "utf8" });
const output = `${result.stdout}${result.stderr}`;
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  report = null;
}

if (!report?.metadata) {
  const reason = output.match(/ERR_PNPM_\w+|responded with \d+|ENOTFOUND|ETIMEDOUT|ECONNREFUSED/)?.[0] ?? "no report";
  console.log(`audit skipped: the advisory database could not be reached (${reason})`);
  process.exit(3);
}

const { high = 0, critical = 0, moderate = 0, low = 0 } = report.metadata.vulnerabilities;
console.log(
  `audit: ${critical} critical, ${high} high, ${moderate} moderate, ${low} low advisories in production dependencies`,
);
for (const advisory of Object.values(report.advisories ?? {})) {
  if (advisory.severity === "high" || advisory.severity === "critical") {
    console.log(`  ${advisory.severity}: ${advisory.module_name} ${advisory.vulnerable_versions} — ${advisory.title}`);
  }
}
process.exit(high + critical > 0 ? 1 : 0);
