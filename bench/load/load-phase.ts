import { config } from "../config";
import type { Scenario } from "../report/results";
import { round } from "../report/results";
import { rssSampler } from "../support/rss-sampler";
import type { BenchUser } from "./bench-users";
import { drive, medianOf, type RunFigures } from "./drive";
import { pairedRatio } from "./paired-ratio";
import { probe } from "./probe";
import { OPERATIONS } from "./scenarios";

interface Server {
  url: string;
}

/**
 * The servers measured, in the order each round visits them. `control` is a second bare Next.js handler, the same
 * build started the same way: its ratio to `bare`, by the same estimator, is what an identical server scores (an A/A
 * control), the spread within which app ÷ bare Next cannot be told from noise.
 */
export const SERVERS = ["app", "bare", "floor", "control"] as const;
export type ServerName = (typeof SERVERS)[number];

/** Connections of the light-load run. */
const LIGHT_CONNECTIONS = 4;

/**
 * Each operation against the app, the bare Next.js handler, the node:http floor and the control: a warm-up on each,
 * then `runs` measured rounds, each visiting the four in turn so that a noisy moment does not land on one
 * side only (always in the same order: each server then sits idle for the same time before each of its runs,
 * and a server is slower for a while after idling), then as many under light load (LIGHT_CONNECTIONS).
 * The ratios to the bare handler, the control's too, are the medians of each round's own ratio (`pairedRatio`). The app's and the
 * bare handler's resident sets are sampled during their runs.
 */
export async function loadPhase(
  servers: Record<ServerName, Server> & { app: { pid: number }; bare: { pid: number } },
  users: Record<"list" | "write", BenchUser[]>,
) {
  const rss = { app: rssSampler(servers.app.pid), bare: rssSampler(servers.bare.pid) };
  const options = { connections: config.connections, seconds: config.duration };
  const warm = { connections: config.connections, seconds: config.warmup };
  const scenarios: Record<string, Scenario> = {};
  for (const operation of OPERATIONS) {
    const group = operation === "list" ? users.list : users.write;
    await probe(servers, operation, group[0] as BenchUser);
    const run = async (name: ServerName, settings: typeof options) => {
      const sampler = name === "app" || name === "bare" ? rss[name] : undefined;
      sampler?.start();
      const figures = await drive(servers[name].url, operation, group, settings);
      sampler?.stop();
      return figures;
    };
    const rounds = async (settings: typeof options, label: string, describe: (run: RunFigures) => string) => {
      const runs: Record<ServerName, RunFigures[]> = { app: [], bare: [], floor: [], control: [] };
      for (let round = 1; round <= config.runs; round++) {
        for (const name of SERVERS) runs[name].push(await run(name, settings));
        const figures = SERVERS.map((name) => `${name} ${describe(runs[name].at(-1) as RunFigures)}`);
        console.log(`  ${operation}${label}, run ${round}: ${figures.join(", ")}`);
      }
      return runs;
    };
    const warmups: RunFigures[] = [];
    for (const name of SERVERS) warmups.push(await run(name, warm));
    const runs = await rounds(options, "", (last) => `${last.rps} req/s (p99 ${last.p99} ms)`);
    // Latency under light load: a few connections, so that p99 is the time to answer rather than
    // the wait behind the other 31. A run's p99 is its slowest 1 % (a few dozen answers), which one GC
    // pause or busy moment moves by half: the median of `runs` rounds, the servers in turn, as above.
    const lightOptions = { ...options, connections: LIGHT_CONNECTIONS };
    const lightRuns = await rounds(
      lightOptions,
      ` at ${LIGHT_CONNECTIONS} connections`,
      (last) => `${last.rps} req/s p50 ${last.p50} p99 ${last.p99} ms`,
    );
    const pick = (list: RunFigures[], figure: "rps" | "p99") => list.map((run) => run[figure]);
    scenarios[operation] = {
      app: medianOf(runs.app),
      bare: medianOf(runs.bare),
      floor: medianOf(runs.floor),
      ratio_bare: round(pairedRatio(pick(runs.app, "rps"), pick(runs.bare, "rps"))),
      ratio_floor: round(pairedRatio(pick(runs.app, "rps"), pick(runs.floor, "rps"))),
      control: medianOf(runs.control),
      ratio_control: round(pairedRatio(pick(runs.control, "rps"), pick(runs.bare, "rps"))),
      warmup: {
        errors: warmups.reduce((sum, figures) => sum + figures.errors, 0),
        non2xx: warmups.reduce((sum, figures) => sum + figures.non2xx, 0),
      },
      light: {
        connections: LIGHT_CONNECTIONS,
        app: medianOf(lightRuns.app),
        bare: medianOf(lightRuns.bare),
        floor: medianOf(lightRuns.floor),
        control: medianOf(lightRuns.control),
        p99_ratio_bare: round(pairedRatio(pick(lightRuns.app, "p99"), pick(lightRuns.bare, "p99"))),
        p99_ratio_control: round(pairedRatio(pick(lightRuns.control, "p99"), pick(lightRuns.bare, "p99"))),
      },
    };
  }
  return {
    scenarios,
    rssMb: rss.app.peakMb(),
    rssLifetimePeakMb: rss.app.lifetimePeakMb(),
    bareRssMb: rss.bare.peakMb(),
  };
}
