import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { round } from "../report/results";
import { median } from "../support/median";
import type { BenchUser } from "./bench-users";
import { luaLiteral, type Operation, planRun } from "./scenarios";
import { WRK } from "./wrk/install-wrk";

export interface RunFigures {
  rps: number;
  /** Latency percentiles in ms, over the answered requests. */
  p50: number;
  p99: number;
  /** Connect, read and write errors and timeouts. */
  errors: number;
  /** Answers outside 200–299. */
  non2xx: number;
}

const SCRIPT = path.join(import.meta.dirname, "wrk", "requests.lua");
const MARKER = "BENCH_WRK ";

interface WrkSummary {
  requests: number;
  duration_us: number;
  errors: number;
  non2xx: number;
  p50_us: number;
  p99_us: number;
}

/** The figures of wrk's output: the JSON line its script's done() prints (bench/load/wrk/requests.lua). */
export function parseWrkOutput(output: string): RunFigures {
  const line = output.split("\n").find((text) => text.startsWith(MARKER));
  if (!line) throw new Error(`wrk printed no summary:\n${output}`);
  const summary = JSON.parse(line.slice(MARKER.length)) as WrkSummary;
  return {
    rps: Math.round(summary.requests / (summary.duration_us / 1e6)),
    p50: round(summary.p50_us / 1000, 1),
    p99: round(summary.p99_us / 1000, 1),
    errors: summary.errors,
    non2xx: summary.non2xx,
  };
}

/** One wrk run of an operation against a server, each connection sending as soon as answered. */
export async function drive(
  url: string,
  operation: Operation,
  users: BenchUser[],
  options: { connections: number; seconds: number },
): Promise<RunFigures> {
  // wrk counts its duration in whole seconds.
  if (!Number.isInteger(options.seconds)) throw new Error(`wrk runs whole seconds, not ${options.seconds}`);
  const { threads, plan } = planRun(operation, users, options.connections);
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-wrk-"));
  const planFile = path.join(dir, "plan.lua");
  writeFileSync(planFile, `return ${luaLiteral(plan)}\n`);
  try {
    const args = ["-t", String(threads), "-c", String(options.connections), "-d", `${options.seconds}s`];
    const child = spawn(WRK, [...args, "--timeout", "10s", "-s", SCRIPT, url], {
      env: { ...process.env, BENCH_WRK_PLAN: planFile },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once("error", reject);
      child.once("close", resolve);
    });
    if (code !== 0) throw new Error(`wrk exited with ${code}:\n${output}`);
    return parseWrkOutput(output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Each figure's median over the runs; errors and non-2xx answers summed, since any is a failure. */
export function medianOf(runs: RunFigures[]): RunFigures & { runs: RunFigures[] } {
  const sum = (pick: (run: RunFigures) => number) => runs.reduce((total, run) => total + pick(run), 0);
  return {
    rps: median(runs.map((run) => run.rps)),
    p50: median(runs.map((run) => run.p50)),
    p99: median(runs.map((run) => run.p99)),
    errors: sum((run) => run.errors),
    non2xx: sum((run) => run.non2xx),
    runs,
  };
}
