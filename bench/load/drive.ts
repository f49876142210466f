import autocannon from "autocannon";
import { median } from "../support/median";
import type { BenchUser } from "./bench-users";
import { type Operation, setupClients } from "./scenarios";

export interface RunFigures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** One autocannon run of an operation against a server, each connection sending as soon as answered. */
export async function drive(
  url: string,
  operation: Operation,
  users: BenchUser[],
  options: { connections: number; seconds: number },
): Promise<RunFigures> {
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    timeout: 10,
    setupClient: setupClients(operation, users, options.connections),
  });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
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
