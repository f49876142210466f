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

/** Connections of the light-load run. */
const LIGHT_CONNECTIONS = 4;

/**
 * Each operation against the app and the floor: a warm-up on each, then `runs` measured runs,
 * alternating app and floor so that a noisy moment does not land on one side only, then one run on
 * each under light load (LIGHT_CONNECTIONS). The app's resident set is sampled during its saturated runs.
 */
export async function loadPhase(
  app: Server & { pid: number },
  floor: Server,
  users: Record<"list" | "write", BenchUser[]>,
) {
  const rss = rssSampler(app.pid);
  const options = { connections: config.connections, seconds: config.duration };
  const warm = { connections: config.connections, seconds: config.warmup };
  const scenarios: Record<string, Scenario> = {};
  for (const operation of OPERATIONS) {
    const group = operation === "list" ? users.list : users.write;
    await probe(app.url, floor.url, operation, group[0] as BenchUser);
    rss.start();
    const warmApp = await drive(app.url, operation, group, warm);
    rss.stop();
    const warmFloor = await drive(floor.url, operation, group, warm);
    const appRuns: RunFigures[] = [];
    const floorRuns: RunFigures[] = [];
    for (let run = 1; run <= config.runs; run++) {
      rss.start();
      appRuns.push(await drive(app.url, operation, group, options));
      rss.stop();
      floorRuns.push(await drive(floor.url, operation, group, options));
      const [a, f] = [appRuns.at(-1), floorRuns.at(-1)] as RunFigures[];
      console.log(
        `  ${operation} run ${run}: app ${a?.rps} req/s (p99 ${a?.p99} ms), floor ${f?.rps} req/s (p99 ${f?.p99} ms)`,
      );
    }
    const [appMedian, floorMedian] = [medianOf(appRuns), medianOf(floorRuns)];
    // Latency under light load: a few connections, so that p99 is the time to answer rather than
    // the wait behind the other 31.
    const lightOptions = { ...options, connections: LIGHT_CONNECTIONS };
    const light = {
      connections: LIGHT_CONNECTIONS,
      app: await drive(app.url, operation, group, lightOptions),
      floor: await drive(floor.url, operation, group, lightOptions),
    };
    console.log(
      `  ${operation} at ${LIGHT_CONNECTIONS} connections: app ${light.app.rps} req/s p50 ${light.app.p50} p99 ${light.app.p99} ms, floor ${light.floor.rps} req/s p50 ${light.floor.p50} p99 ${light.floor.p99} ms`,
    );
    scenarios[operation] = {
      app: appMedian,
      floor: floorMedian,
      ratio: round(appMedian.rps / floorMedian.rps),
      warmup: { errors: warmApp.errors + warmFloor.errors, non2xx: warmApp.non2xx + warmFloor.non2xx },
      light,
    };
  }
  return { scenarios, rssMb: rss.peakMb(), rssLifetimePeakMb: rss.lifetimePeakMb() };
}
