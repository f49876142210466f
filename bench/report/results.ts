import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { RunFigures } from "../load/drive";
import type { Target } from "./targets";

export interface Scenario {
  app: RunFigures & { runs: RunFigures[] };
  floor: RunFigures & { runs: RunFigures[] };
  /** app req/s ÷ floor req/s. */
  ratio: number;
  /** Errors and non-2xx answers during both warm-ups: a failure too. */
  warmup: { errors: number; non2xx: number };
}

export interface ScaleResults {
  page1_ms: number;
  deep_page_ms: number;
  search_ms: number;
  tag_ms: number;
  /** The slowest shape's median over page 1's. */
  worst_ratio: number;
  worst_shape: string;
  shapes_ms: Record<string, number>;
  /** COUNT(*) behind X-Total-Count alone, on PostgreSQL directly: time, plan, 8 kB blocks read. */
  count: Record<string, { ms: number; scans: string[]; buffersHit: number; buffersRead: number }>;
  rows: number;
  user_rows: number;
  x_total_count: number;
}

export interface Results {
  date: string;
  machine: Record<string, unknown>;
  settings: Record<string, unknown>;
  /** The machine's 1-minute load average as the run began and ended (2 cores: 2 is busy). */
  load_average: { start: number; end: number };
  scenarios: Record<string, Scenario>;
  scale: ScaleResults | null;
  /** next-server's peak VmRSS, sampled under load. */
  rss_mb: number;
  rss_lifetime_peak_mb: number;
  timings_s: Record<string, number>;
  targets: Target[];
}

export const resultsFile = path.resolve(import.meta.dirname, "../results/latest.json");

/** Writes the results, formatted as the repository's formatter wants them (the file is tracked). */
export function writeResults(results: Results): void {
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  const biome = path.resolve(import.meta.dirname, "../../node_modules/.bin/biome");
  spawnSync(biome, ["format", "--write", resultsFile], { stdio: "ignore" });
}

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));
