// `pnpm bench [api | lighthouse | live]`: the API under load against a bare Next.js handler and a bare node:http floor, then its cost at scale; Lighthouse on the pages; live updates across two instances. See README § Benchmarks.
import path from "node:path";
import { migrateUpAt } from "@todo/db/migrate";
import { type AppServer, startAppServer } from "@todo/test-support/app-server";
import { createTestDatabase } from "@todo/test-support/test-database";
import { apiPhases } from "./api-phases";
import { config, loadAverage, machine } from "./config";
import { lighthousePhase } from "./lighthouse/lighthouse-phase";
import { livePhase } from "./live/live-phase";
import { ensureWrk } from "./load/wrk/install-wrk";
import { PHASES, selectPhases } from "./phases";
import { previousResults, type Results, resultsFile, round, writeResults } from "./report/results";
import { formatTable, partialSummary } from "./report/table";
import { checkTargets } from "./report/targets";
import { readmeFile, writeReadme } from "./report/write-readme";
import { buildServers } from "./support/build-servers";
import { commandLine, listeningPid } from "./support/listening-pid";
import { WEB_DIR } from "./support/web-dir";

const phases = selectPhases(process.argv.slice(2));
if (phases.has("api") || phases.has("live")) ensureWrk();
// Running some phases keeps the others' figures: the last full run's results must be there to keep.
const previous = phases.size < Object.keys(PHASES).length ? previousResults() : undefined;
const timings: Record<string, number> = {};
const since = (start: number) => round((performance.now() - start) / 1000, 1);
const started = performance.now();
const loadAtStart = loadAverage();
if (loadAtStart > machine().cpus)
  console.warn(`the machine is busy (load average ${loadAtStart}): figures will be low`);

const root = path.resolve(import.meta.dirname, "..");
buildServers();
timings.build = since(started);
console.log(`build: ${timings.build} s (turbo caches an unchanged app)`);

const database = await createTestDatabase("todo_bench", { setUp: migrateUpAt });
const cleanups: (() => Promise<void>)[] = [() => database.drop()];
async function cleanUp() {
  // Newest first: the floor, the app (its own process group), then the database.
  for (const cleanup of cleanups.splice(0)) await cleanup().catch((error: unknown) => console.error(error));
}
process.once("SIGINT", () => void cleanUp().finally(() => process.exit(130)));
let app: AppServer | undefined;
try {
  app = await startAppServer(WEB_DIR, { DATABASE_URL: database.url, ...config.appEnv });
  cleanups.unshift(app.stop);
  const pid = listeningPid(Number(new URL(app.url).port));
  console.log(`app: ${app.url}, served by pid ${pid} (${commandLine(pid)})`);

  // First, on a quiet machine and a fresh app: the API phases leave PostgreSQL busy with a million rows.
  let lighthouse = previous?.lighthouse ?? null;
  if (phases.has("lighthouse")) {
    console.log(`lighthouse: ${config.lighthouse.runs} runs of each page in the mobile and desktop presets`);
    lighthouse = await lighthousePhase(app.url, database.url, timings);
  }
  // Before the API phases too: its write throughput is compared within the phase, on an unloaded database.
  let live = previous?.live ?? null;
  if (phases.has("live")) {
    live = await livePhase(app.url, database.url, cleanups, loadAverage);
    timings.live = live.duration_s;
  }
  const api = phases.has("api") ? await apiPhases({ url: app.url, pid }, database.url, cleanups, timings) : undefined;
  timings.total = since(started);

  const partial = api
    ? {
        date: new Date().toISOString(),
        machine: machine(),
        settings: config,
        load_average: { start: loadAtStart, end: loadAverage() },
        ...api.figures,
        lighthouse,
        live,
        timings_s: timings,
      }
    : { ...(previous as Results), lighthouse, live };
  const results: Results = { ...partial, targets: checkTargets(partial) };
  writeResults(results);
  writeReadme(results);
  const summary = api ? formatTable(results) : partialSummary(results);
  console.log(
    `\n${summary}\n\nwritten to ${path.relative(root, resultsFile)} and ${path.relative(root, readmeFile)}; ${timings.total} s in all`,
  );
  for (const failure of api?.failures ?? []) {
    console.error(`\nFAILED: ${failure}`);
    process.exitCode = 1;
  }
} catch (error) {
  // What the app said last: a crash under load shows there, not in the bench's own error.
  if (app) console.error(`the app's last output:\n${app.output().slice(-4000)}`);
  throw error;
} finally {
  await cleanUp();
}
