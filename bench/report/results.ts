import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { LiveResults } from "../live/live-phase";
import type { RunFigures } from "../load/drive";
import type { OperationTally } from "../soak/soak-tally";
import type { Target } from "./targets";

export interface Scenario {
  app: RunFigures & { runs: RunFigures[] };
  /** The bare Next.js route handler doing the floor's work (bench/bare-next). */
  bare: RunFigures & { runs: RunFigures[] };
  /** The same work on bare node:http (bench/floor). */
  floor: RunFigures & { runs: RunFigures[] };
  /** app req/s ÷ bare Next.js req/s, the median of each round's own ratio: what the app's own code costs. The target. */
  ratio_bare: number;
  /** app req/s ÷ floor req/s, the median of each round's own ratio: what the framework and the app's code cost together. */
  ratio_floor: number;
  /** A second bare Next.js handler, identical to the first, in the same rounds (absent in older files). */
  control?: RunFigures & { runs: RunFigures[] };
  /**
   * control req/s ÷ bare Next.js req/s by the same estimator as `ratio_bare`: what an identical server scores, so
   * how far from 1 noise alone moves the target's figure in this run (an A/A control; absent in older files).
   */
  ratio_control?: number;
  /** Errors and non-2xx answers during the warm-ups: a failure too. */
  warmup: { errors: number; non2xx: number };
  /** The median of the runs on each server with a few connections: latency with little queueing. */
  light: {
    connections: number;
    app: RunFigures & { runs?: RunFigures[] };
    bare: RunFigures & { runs?: RunFigures[] };
    floor: RunFigures & { runs?: RunFigures[] };
    control?: RunFigures & { runs?: RunFigures[] };
    /** The app's p99 ÷ the bare handler's under light load, the median of each round's own ratio. */
    p99_ratio_bare: number;
    /** The control's p99 ÷ the bare handler's, as above: the A/A control of `p99_ratio_bare` (absent in older files). */
    p99_ratio_control?: number;
  };
}

export interface ScaleResults {
  page1_ms: number;
  deep_page_ms: number;
  search_ms: number;
  tag_ms: number;
  /** The slowest shape's median over page 1's, of the shapes asked with the count (the default). */
  worst_ratio: number;
  worst_shape: string;
  shapes_ms: Record<string, number>;
  /** COUNT(*) behind X-Total-Count alone, on PostgreSQL directly: time, plan, 8 kB blocks read. */
  count: Record<string, { ms: number; scans: string[]; buffersHit: number; buffersRead: number }>;
  rows: number;
  user_rows: number;
  x_total_count: number;
}

export interface SoakResults {
  /** Wall time of the mixed load, from the first request to the last answer. */
  duration_s: number;
  connections: number;
  users: number;
  requests: number;
  rps: number;
  /** Transport errors: refused or reset connections, timeouts. */
  errors: number;
  /** Answers with another status than the operation's own (200, 201 or 204), or a wrong body. */
  unexpected: number;
  statuses: Record<string, number>;
  operations: Record<string, OperationTally>;
  /** The first few errors and unexpected answers. */
  failures: string[];
  seeded: number;
  /** Creates answered 201, deletes answered 204. */
  creates: number;
  deletes: number;
  /** seeded + creates − deletes, against COUNT(*) of the soak users' tasks in PostgreSQL. */
  rows_expected: number;
  rows_found: number;
  /** Tasks the soak created or changed, compared field by field with the last answer that acknowledged them. */
  rows_checked: number;
  rows_differing: number;
  /**
   * next-server's VmRSS every 2 s: medians of the first and last fifth of the samples after the
   * warm-up (`settings.soak.rssWarmup`), the peak over all, and every sample.
   */
  rss_samples: number;
  rss_start_mb: number;
  rss_end_mb: number;
  rss_growth_mb: number;
  rss_peak_mb: number;
  rss_series_mb: number[];
}

/** One Lighthouse run's figures: category scores 0–100, and three of its metrics. */
export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  best_practices: number;
  lcp_ms: number;
  cls: number;
  tbt_ms: number;
}

/** A weighted audit that scored below 1: its lowest score over the runs. */
export interface Shortfall {
  category: string;
  audit: string;
  score: number;
}

export interface LighthousePage extends LighthouseFigures {
  page: string;
  path: string;
  preset: string;
  /** The bare Next.js page measured beside the app's, held to no target (absent in older files: false). */
  baseline?: boolean;
  /** Each run's figures; the page's own are their medians, figure by figure. */
  runs: LighthouseFigures[];
  shortfalls: Shortfall[];
}

export interface LighthouseResults {
  date: string;
  lighthouse_version: string;
  chromium: string;
  /** Lighthouse's measure of the machine's speed (the median over the runs): its throttling is simulated from it. */
  benchmark_index: number;
  load_average: { start: number; end: number };
  duration_s: number;
  runs: number;
  /** Tasks the signed-in user has on the tasks page. */
  tasks: number;
  /** The score every category should reach on every page. */
  target: number;
  pages: LighthousePage[];
}

export interface Results {
  date: string;
  machine: Record<string, unknown>;
  settings: Record<string, unknown>;
  /** The machine's 1-minute load average as the run began and ended (2 cores: 2 is busy). */
  load_average: { start: number; end: number };
  scenarios: Record<string, Scenario>;
  /** Null when the run skipped it (`BENCH_SKIP=soak`). */
  soak: SoakResults | null;
  scale: ScaleResults | null;
  /** Lighthouse on the sign-in and tasks pages; null (or absent in older files) when it did not run. */
  lighthouse?: LighthouseResults | null;
  /** Live updates across two instances; null (or absent in older files) when the phase did not run. */
  live?: LiveResults | null;
  /** next-server's peak VmRSS, sampled under load. */
  rss_mb: number;
  rss_lifetime_peak_mb: number;
  /** The bare Next.js handler's peak VmRSS under the same load: what the framework holds alone (absent in older files). */
  bare_rss_mb?: number;
  timings_s: Record<string, number>;
  targets: Target[];
}

export const resultsFile = path.resolve(import.meta.dirname, "../results/latest.json");

/** The results the last run wrote, which a run of one phase keeps for the others. */
export function previousResults(): Results {
  if (!existsSync(resultsFile))
    throw new Error(`${resultsFile} is missing: run every phase once (\`pnpm bench\`) before running one alone`);
  return JSON.parse(readFileSync(resultsFile, "utf8")) as Results;
}

/** Writes the results, formatted as the repository's formatter wants them (the file is tracked). */
export function writeResults(results: Results): void {
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  const biome = path.resolve(import.meta.dirname, "../node_modules/.bin/biome");
  spawnSync(biome, ["format", "--write", resultsFile], { stdio: "ignore" });
}

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));
