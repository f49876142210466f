import type { config } from "../config";
import type { RunFigures } from "../load/drive";
import { lighthouseSection } from "./lighthouse-section";
import { liveSection } from "./live-section";
import { type Align, markdownTable } from "./markdown-table";
import type { Results, ScaleResults, SoakResults } from "./results";
import { errorCounts } from "./targets";

export const BENCH_START = "<!-- bench:start -->";
export const BENCH_END = "<!-- bench:end -->";

type Settings = Partial<typeof config>;

const number = (value: number) => value.toLocaleString("en-US");
/** A ratio to two places; a dash where an older run did not measure it. */
const ratio = (value: number | undefined) => (value === undefined ? "–" : value.toFixed(2));
const ms = (value: number) => value.toFixed(1);

function duration(seconds: number): string {
  const whole = Math.round(seconds);
  return whole < 60 ? `${whole} s` : `${Math.floor(whole / 60)} min ${whole % 60} s`;
}

function runLine(results: Results): string {
  const { machine, load_average: load, timings_s: timings } = results;
  const when = `${results.date.slice(0, 10)} ${results.date.slice(11, 16)} UTC`;
  const total = timings.total === undefined ? "" : ` · ${duration(timings.total)} in all`;
  const env = Object.entries((results.settings as Settings).appEnv ?? {}).map(
    ([name, value]) => `\`${name}=${value}\``,
  );
  const cpus = Number(machine.cpus);
  // As the run begins, the load is other work's; by its end, mostly the bench's own (the scale phase saturates
  // PostgreSQL), so only the start tells whether something else shared the machine.
  const busy =
    load.start > cpus
      ? [
          `**The machine was busy** (load average above its ${cpus} cores as the run began: other work beside the bench): the figures are indicative only (the ratios hold better than absolute figures, but not at every load).`,
        ]
      : [];
  return [
    `Latest run: ${when} · ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB · Node ${machine.node} · load average ${load.start} → ${load.end}${total}.`,
    ...busy,
    `The app's environment besides its database: ${env.join(", ") || "none"}.`,
  ].join("\n");
}

function loadTables(results: Results): string {
  const settings = results.settings as Settings;
  const scenarios = Object.entries(results.scenarios);
  const figures = (run: RunFigures) => [run.rps, run.p50, run.p99].map(String);
  const loaded = scenarios.map(([name, scenario]) => {
    const { app, bare, floor } = scenario;
    const { errors, non2xx } = errorCounts(scenario);
    return [
      name,
      `**${scenario.ratio_bare.toFixed(2)}**`,
      ratio(scenario.ratio_control),
      scenario.ratio_floor.toFixed(2),
      ...figures(app),
      ...figures(bare),
      ...figures(floor),
      `${errors} / ${non2xx}`,
    ];
  });
  const light = scenarios.map(([name, { light }]) => [
    name,
    `**${light.p99_ratio_bare.toFixed(2)}**`,
    ratio(light.p99_ratio_control),
    ...figures(light.app),
    ...figures(light.bare),
    ...figures(light.floor),
  ]);
  const servers = [
    "app req/s",
    "p50 ms",
    "p99 ms",
    "bare Next req/s",
    "p50 ms",
    "p99 ms",
    "floor req/s",
    "p50 ms",
    "p99 ms",
  ];
  const align = (columns: number): Align[] =>
    Array.from({ length: columns }, (_, column): Align => (column === 0 ? "left" : "right"));
  const lightConnections = scenarios[0]?.[1].light.connections;
  const loadHeader = ["operation", "app ÷ bare Next", "A/A", "app ÷ floor", ...servers, "errors / non-2xx"];
  const lightHeader = ["operation", "p99 app ÷ bare Next", "p99 A/A", ...servers];
  return [
    `Load: wrk at ${settings.connections} connections over ${settings.users} users, ${settings.runs} rounds of ${settings.duration} s per operation, each visiting the servers in turn: medians over the rounds, and app ÷ bare Next the median of each round's own ratio; _bare Next_ is a Next.js route handler doing the floor's work (bench/bare-next), _floor_ the same on bare \`node:http\`, and _A/A_ a second bare Next, identical, ÷ the first by the same estimator: how far from 1.00 noise alone moves a ratio in this run (target: app ÷ bare Next ≥ 0.9):`,
    "",
    markdownTable(loadHeader, loaded, align(loadHeader.length)),
    "",
    `Light load: ${lightConnections} connections, ${settings.runs} rounds of ${settings.duration} s as above, medians (target: p99 app ÷ bare Next ≤ 1.5):`,
    "",
    markdownTable(lightHeader, light, align(lightHeader.length)),
    "",
    `App peak RSS under load: ${results.rss_mb} MB (lifetime peak ${results.rss_lifetime_peak_mb} MB)${results.bare_rss_mb === undefined ? "" : `; bare Next.js's under the same load ${results.bare_rss_mb} MB`}.`,
  ].join("\n");
}

function soakParagraph(soak: SoakResults): string {
  const operations = Object.entries(soak.operations).map(([name, { requests }]) => `${name} ${number(requests)}`);
  const growth = `${soak.rss_growth_mb >= 0 ? "+" : "−"}${Math.abs(soak.rss_growth_mb)}`;
  return [
    `Soak: ${soak.duration_s} s, ${soak.connections} connections over ${soak.users} users: ${number(soak.requests)} requests (${number(soak.rps)} req/s), **${number(soak.errors)} errors, ${number(soak.unexpected)} unexpected answers**.`,
    `Requests per operation: ${operations.join(", ")}.`,
    `Rows: ${number(soak.seeded)} seeded + ${number(soak.creates)} created − ${number(soak.deletes)} deleted = ${number(soak.rows_expected)} expected, ${number(soak.rows_found)} found; ${number(soak.rows_checked)} written tasks checked, ${number(soak.rows_differing)} unlike their last acknowledged write.`,
    `App RSS: ${soak.rss_start_mb} MB at the start, ${soak.rss_end_mb} MB at the end (${growth} MB), peak ${soak.rss_peak_mb} MB.`,
    ...soak.failures.map((failure) => `- ${failure}`),
  ].join("\n");
}

function scaleSection(scale: ScaleResults, settings: Settings): string {
  const shapes = Object.entries(scale.shapes_ms).map(([shape, value]) => [shape, ms(value)]);
  const counts = Object.entries(scale.count).map(([shape, count]) => `${shape} ${ms(count.ms)} ms`);
  return [
    `Scale: one user's ${number(scale.user_rows)} of ${number(scale.rows)} tasks (\`X-Total-Count\` ${number(scale.x_total_count)}), through the app's HTTP API one request at a time, the median of ${settings.scale?.samples} per shape:`,
    "",
    markdownTable(["shape", "ms"], shapes, ["left", "right"]),
    "",
    `The \`COUNT(*)\` alone on PostgreSQL: ${counts.join(", ")}. \`worst_ratio\` ${scale.worst_ratio.toFixed(2)} (${scale.worst_shape} ÷ page 1).`,
  ].join("\n");
}

function targetsTable(results: Results): string {
  const rows = results.targets.map((target) => [
    target.name,
    target.goal,
    String(target.value),
    target.met ? "met" : "**missed**",
  ]);
  return ["Targets:", "", markdownTable(["target", "goal", "value", ""], rows, ["left", "left", "right", "left"])].join(
    "\n",
  );
}

/** The README's benchmark block, markers included, from one run's results. */
export function readmeBenchBlock(results: Results): string {
  const settings = results.settings as Settings;
  return [
    BENCH_START,
    "<!-- Written by `pnpm bench` (bench/report/readme-table.ts) from bench/results/latest.json: not by hand. -->",
    "",
    runLine(results),
    "",
    loadTables(results),
    "",
    ...(results.soak ? [soakParagraph(results.soak)] : ["No soak in this run (`BENCH_SKIP`)."]),
    ...(results.scale ? ["", scaleSection(results.scale, settings)] : []),
    ...(results.lighthouse ? ["", lighthouseSection(results.lighthouse)] : []),
    ...(results.live ? ["", liveSection(results.live)] : []),
    "",
    targetsTable(results),
    "",
    BENCH_END,
  ].join("\n");
}

/** `readme` with the text between its one pair of markers (markers included) replaced by `block`. */
export function replaceBenchBlock(readme: string, block: string): string {
  const start = readme.indexOf(BENCH_START);
  const end = readme.indexOf(BENCH_END);
  if (start === -1 || end < start || readme.indexOf(BENCH_START, start + 1) !== -1) {
    throw new Error(`the README needs exactly one ${BENCH_START} … ${BENCH_END} block`);
  }
  return readme.slice(0, start) + block + readme.slice(end + BENCH_END.length);
}
