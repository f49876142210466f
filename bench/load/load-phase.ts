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

/**
 * Each operation against the app and the floor: a warm-up on each, then `runs` measured runs,
 * alternating app and floor so that a noisy moment does not land on one side only. The app's
 * resident set is sampled whenever it is under load.
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
    scenarios[operation] = {
      app: appMedian,
      floor: floorMedian,
      ratio: round(appMedian.rps / floorMedian.rps),
      warmup: { errors: warmApp.errors + warmFloor.errors, non2xx: warmApp.non2xx + warmFloor.non2xx },
    };
  }
  return { scenarios, rssMb: rss.peakMb(), rssLifetimePeakMb: rss.lifetimePeakMb() };
}
