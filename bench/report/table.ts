import type { RunFigures } from "../load/drive";
import { lighthouseLines } from "./lighthouse-section";
import { liveLines } from "./live-section";
import type { Results, SoakResults } from "./results";
import { errorCounts, type Target } from "./targets";

const pad = (value: unknown, width: number) => String(value).padStart(width);
const ratio = (value: number | undefined) => (value === undefined ? "–" : value.toFixed(2));

function soakLines(soak: SoakResults): string[] {
  const perOperation = Object.entries(soak.operations).map(([name, { requests }]) => `${name} ${requests}`);
  const growth = `${soak.rss_growth_mb >= 0 ? "+" : ""}${soak.rss_growth_mb}`;
  return [
    `soak: ${soak.duration_s} s, ${soak.connections} connections over ${soak.users} users: ${soak.requests} requests (${soak.rps} req/s), ${soak.errors} errors, ${soak.unexpected} unexpected answers`,
    `  ${perOperation.join(" · ")}`,
    `  rows: ${soak.rows_expected} expected (${soak.seeded} seeded + ${soak.creates} created − ${soak.deletes} deleted), ${soak.rows_found} found; ${soak.rows_checked} written tasks checked, ${soak.rows_differing} differing`,
    `  app RSS: ${soak.rss_start_mb} MB at the start → ${soak.rss_end_mb} MB at the end (${growth} MB), peak ${soak.rss_peak_mb} MB`,
    ...soak.failures.map((failure) => `  ${failure}`),
  ];
}

const targetLine = (target: Target) =>
  `  ${target.met ? "met   " : "MISSED"} ${target.name.padEnd(50)} ${pad(target.value, 8)} (${target.goal})`;

/** The short human table printed at the end of a run. */
export function formatTable(results: Results): string {
  const lines = [
    `${results.date} · ${results.machine.cpus} × ${results.machine.cpuModel} · Node ${results.machine.node}`,
    `load average ${results.load_average.start} → ${results.load_average.end} · all figures in ms or req/s`,
    "",
    "operation │ app÷bare  A/A app÷floor │ app req/s   p50   p99 │ bare Next req/s   p50   p99 │ floor req/s   p50   p99 │ errors non-2xx",
    "──────────┼─────────────────────────┼───────────────────────┼─────────────────────────────┼─────────────────────────┼───────────────",
  ];
  const figures = (run: RunFigures, width: number) => `${pad(run.rps, width)} ${pad(run.p50, 5)} ${pad(run.p99, 5)}`;
  for (const [name, scenario] of Object.entries(results.scenarios)) {
    const { app, bare, floor } = scenario;
    const { errors, non2xx } = errorCounts(scenario);
    lines.push(
      `${name.padEnd(9)} │ ${pad(scenario.ratio_bare.toFixed(2), 8)} ${pad(ratio(scenario.ratio_control), 4)} ${pad(scenario.ratio_floor.toFixed(2), 9)} │ ${figures(app, 9)} │ ${figures(bare, 15)} │ ${figures(floor, 11)} │ ${pad(errors, 6)} ${pad(non2xx, 7)}`,
    );
  }
  const lightConnections = Object.values(results.scenarios)[0]?.light.connections;
  lines.push(
    "",
    `light load: ${lightConnections} connections, every server alike; A/A: a second bare Next ÷ the first`,
    "",
  );
  for (const [name, { light }] of Object.entries(results.scenarios)) {
    const server = (label: string, run: RunFigures) =>
      `${label} ${pad(run.rps, 5)} req/s p50 ${pad(run.p50, 4)} p99 ${pad(run.p99, 5)}`;
    lines.push(
      `${name.padEnd(9)} │ p99 app÷bare ${pad(light.p99_ratio_bare.toFixed(2), 5)} A/A ${pad(ratio(light.p99_ratio_control), 4)} │ ${server("app", light.app)} │ ${server("bare", light.bare)} │ ${server("floor", light.floor)}`,
    );
  }
  lines.push(
    "",
    `app peak RSS under load: ${results.rss_mb} MB (lifetime peak ${results.rss_lifetime_peak_mb} MB); bare Next.js ${results.bare_rss_mb ?? "?"} MB`,
  );
  if (results.soak) lines.push("", ...soakLines(results.soak));
  const { scale } = results;
  if (scale) {
    lines.push(
      "",
      `scale: one user with ${scale.user_rows} of ${scale.rows} tasks (X-Total-Count ${scale.x_total_count})`,
    );
    for (const [shape, ms] of Object.entries(scale.shapes_ms))
      lines.push(`  ${shape.padEnd(28)} ${pad(ms.toFixed(1), 7)} ms`);
    const counts = Object.entries(scale.count).map(([shape, { ms }]) => `${shape} ${ms.toFixed(1)} ms`);
    lines.push(`  COUNT(*) alone: ${counts.join(", ")}`);
    lines.push(`  worst_ratio ${scale.worst_ratio.toFixed(2)} (${scale.worst_shape} ÷ page 1)`);
  }
  if (results.lighthouse) lines.push("", ...lighthouseLines(results.lighthouse));
  if (results.live) lines.push("", ...liveLines(results.live));
  lines.push("", "targets:");
  lines.push(...results.targets.map(targetLine));
  return lines.join("\n");
}

/** What a run without the API phases prints: Lighthouse's and the live phase's figures and targets. */
export function partialSummary(results: Results): string {
  const targets = results.targets.filter((target) => /^(Lighthouse|live)/.test(target.name));
  return [
    ...(results.lighthouse ? lighthouseLines(results.lighthouse) : []),
    ...(results.live ? ["", ...liveLines(results.live)] : []),
    "",
    "targets:",
    ...targets.map(targetLine),
  ].join("\n");
}
