import { config } from "../config";
import type { Scenario } from "../report/results";
import { round } from "../report/results";
import { rssSampler } from "../support/rss-sampler";
import type { BenchUser } from "./bench-users";
import { drive, medianOf, type RunFigures } from "./drive";
import { probe } from "./probe";
import { OPERATIONS } from "./scenarios";

interface Server {
  url: string;
}

/** The servers measured, in the order each run visits them. */
export const SERVERS = ["app", "bare", "floor"] as const;
export type ServerName = (typeof SERVERS)[number];

/** Connections of the light-load run. */
const LIGHT_CONNECTIONS = 4;

/**
 * Each operation against the app, the bare Next.js handler and the node:http floor: a warm-up on each,
 * then `runs` measured rounds, each visiting the three in turn so that a noisy moment does not land on one
 * side only, then as many under light load (LIGHT_CONNECTIONS). The app's and the bare handler's resident
 * sets are sampled during their runs.
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
      if (name !== "floor") rss[name].start();
      const figures = await drive(servers[name].url, operation, group, settings);
      if (name !== "floor") rss[name].stop();
      return figures;
    };
    const warmups: RunFigures[] = [];
    for (const name of SERVERS) warmups.push(await run(name, warm));
    const runs: Record<ServerName, RunFigures[]> = { app: [], bare: [], floor: [] };
    for (let round = 1; round <= config.runs; round++) {
      for (const name of SERVERS) runs[name].push(await run(name, options));
      const figures = SERVERS.map((name) => {
        const last = runs[name].at(-1) as RunFigures;
        return `${name} ${last.rps} req/s (p99 ${last.p99} ms)`;
      });
      console.log(`  ${operation} run ${round}: ${figures.join(", ")}`);
    }
    const [app, bare, floor] = SERVERS.map((name) => medianOf(runs[name])) as [
      ReturnType<typeof medianOf>,
      ReturnType<typeof medianOf>,
      ReturnType<typeof medianOf>,
    ];
    // Latency under light load: a few connections, so that p99 is the time to answer rather than
    // the wait behind the other 31. A run's p99 is its slowest 1 % (a few dozen answers), which one GC
    // pause or busy moment moves by half: the median of `runs` rounds, the servers in turn, as above.
    const lightOptions = { ...options, connections: LIGHT_CONNECTIONS };
    const lightRuns: Record<ServerName, RunFigures[]> = { app: [], bare: [], floor: [] };
    for (let round = 1; round <= config.runs; round++) {
      for (const name of SERVERS) lightRuns[name].push(await run(name, lightOptions));
      const figures = SERVERS.map((name) => {
        const last = lightRuns[name].at(-1) as RunFigures;
        return `${name} ${last.rps} req/s p50 ${last.p50} p99 ${last.p99} ms`;
      });
      console.log(`  ${operation} at ${LIGHT_CONNECTIONS} connections, run ${round}: ${figures.join(", ")}`);
    }
    const light = { app: medianOf(lightRuns.app), bare: medianOf(lightRuns.bare), floor: medianOf(lightRuns.floor) };
    scenarios[operation] = {
      app,
      bare,
      floor,
      ratio_bare: round(app.rps / bare.rps),
      ratio_floor: round(app.rps / floor.rps),
      warmup: {
        errors: warmups.reduce((sum, figures) => sum + figures.errors, 0),
        non2xx: warmups.reduce((sum, figures) => sum + figures.non2xx, 0),
      },
      light: { connections: LIGHT_CONNECTIONS, ...light, p99_ratio_bare: round(light.app.p99 / light.bare.p99) },
    };
  }
  return {
    scenarios,
    rssMb: rss.app.peakMb(),
    rssLifetimePeakMb: rss.app.lifetimePeakMb(),
    bareRssMb: rss.bare.peakMb(),
  };
}
