import type { Results } from "./results";
import { errorCounts } from "./targets";

const pad = (value: unknown, width: number) => String(value).padStart(width);

/** The short human table printed at the end of a run. */
export function formatTable(results: Results): string {
  const lines = [
    `${results.date} · ${results.machine.cpus} × ${results.machine.cpuModel} · Node ${results.machine.node}`,
    `load average ${results.load_average.start} → ${results.load_average.end} · all figures in ms or req/s`,
    "",
    "operation │ app req/s   p50   p99 │ floor req/s   p50   p99 │ app÷floor │ errors  non-2xx",
    "──────────┼──────────────────────┼────────────────────────┼───────────┼────────────────",
  ];
  for (const [name, scenario] of Object.entries(results.scenarios)) {
    const { app, floor, ratio } = scenario;
    const { errors, non2xx } = errorCounts(scenario);
    lines.push(
      `${name.padEnd(9)} │ ${pad(app.rps, 9)} ${pad(app.p50, 5)} ${pad(app.p99, 5)} │ ${pad(floor.rps, 11)} ${pad(floor.p50, 5)} ${pad(floor.p99, 5)} │ ${pad(ratio.toFixed(2), 9)} │ ${pad(errors, 6)} ${pad(non2xx, 8)}`,
    );
  }
  lines.push("", `app peak RSS under load: ${results.rss_mb} MB (lifetime peak ${results.rss_lifetime_peak_mb} MB)`);
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
  lines.push("", "targets:");
  for (const target of results.targets) {
    lines.push(
      `  ${target.met ? "met   " : "MISSED"} ${target.name.padEnd(50)} ${pad(target.value, 8)} (${target.goal})`,
    );
  }
  return lines.join("\n");
}
