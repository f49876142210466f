// `pnpm --filter @todo/bench profile [list] [create] [complete]`: CPU profiles of the app and of the bare Next.js
// handler under the bench's load, compared function by function in µs per request. See README § Benchmarks.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateUpAt } from "@todo/db/migrate";
import { type AppServer, startAppServer } from "@todo/test-support/app-server";
import { createTestDatabase } from "@todo/test-support/test-database";
import { config } from "../config";
import { benchUsers } from "../load/bench-users";
import { drive } from "../load/drive";
import { OPERATIONS, type Operation } from "../load/scenarios";
import { ensureWrk } from "../load/wrk/install-wrk";
import { buildServers } from "../support/build-servers";
import { listeningPid } from "../support/listening-pid";
import { BARE_NEXT_DIR, WEB_DIR } from "../support/web-dir";
import type { Window } from "./self-times";
import { sourceMapper } from "./source-mapper";
import { compare, type Summary, summarise } from "./summary";

const operations = process.argv.slice(2) as Operation[];
for (const name of operations) if (!OPERATIONS.includes(name)) throw new Error(`no operation ${name}: ${OPERATIONS}`);
if (operations.length === 0) operations.push(...OPERATIONS);
const seconds = Number(process.env.PROFILE_SECONDS ?? 10);
const warmup = Number(process.env.PROFILE_WARMUP ?? 3);
const PRELOAD = path.join(import.meta.dirname, "cpu-profile-preload.cjs");
const dir = process.env.PROFILE_DIR ?? mkdtempSync(path.join(os.tmpdir(), "bench-profile-"));

ensureWrk();
buildServers();
const now = () => Number(process.hrtime.bigint() / 1000n);
const database = await createTestDatabase("todo_bench", { setUp: migrateUpAt });
const servers: AppServer[] = [];
try {
  // Each server's processes write their profiles as they exit (cpu-profile-preload.cjs), into a folder of its own.
  const profiled = (name: string) => {
    mkdirSync(path.join(dir, name), { recursive: true });
    return { NODE_OPTIONS: `--require ${PRELOAD}`, BENCH_CPU_PROFILE_DIR: path.join(dir, name) };
  };
  const app = await startAppServer(WEB_DIR, { DATABASE_URL: database.url, ...config.appEnv, ...profiled("app") });
  servers.push(app);
  const bare = await startAppServer(BARE_NEXT_DIR, {
    DATABASE_URL: database.url,
    APP_URL: app.url,
    ...profiled("bare"),
  });
  servers.push(bare);
  const pids = { app: listeningPid(Number(new URL(app.url).port)), bare: listeningPid(Number(new URL(bare.url).port)) };
  const users = {
    list: await benchUsers(app.url, config.users, config.listTasks),
    write: await benchUsers(app.url, config.users, config.writeTasks),
  };
  const runs: { operation: Operation; server: "app" | "bare"; window: Window; requests: number }[] = [];
  for (const operation of operations) {
    const group = operation === "list" ? users.list : users.write;
    for (const [server, url] of [
      ["app", app.url],
      ["bare", bare.url],
    ] as const) {
      await drive(url, operation, group, { connections: config.connections, seconds: warmup });
      const from = now();
      const figures = await drive(url, operation, group, { connections: config.connections, seconds });
      runs.push({ operation, server, window: { from, to: now() }, requests: figures.rps * seconds });
      console.log(`${operation} on ${server}: ${figures.rps} req/s, p99 ${figures.p99} ms`);
    }
  }
  for (const server of servers.splice(0).reverse()) await server.stop();
  // The measured windows and request counts, beside the profiles: enough to summarise them again.
  writeFileSync(path.join(dir, "runs.json"), `${JSON.stringify({ pids, runs }, null, 2)}\n`);

  const profileOf = (name: "app" | "bare") => {
    const file = path.join(dir, name, `${pids[name]}.cpuprofile`);
    if (!existsSync(file)) throw new Error(`no profile of ${name} (pid ${pids[name]}) in ${path.join(dir, name)}`);
    return file;
  };
  const mapper = sourceMapper();
  const top = Number(process.env.PROFILE_TOP ?? 40);
  for (const operation of operations) {
    const side = (server: "app" | "bare"): [string, Summary, number] => {
      const run = runs.find((entry) => entry.operation === operation && entry.server === server);
      if (!run) throw new Error(`no ${operation} run on ${server}`);
      return [server, summarise(profileOf(server), run.window, mapper), run.requests];
    };
    const report = compare(side("app"), side("bare"), top);
    writeFileSync(path.join(dir, `${operation}.txt`), `${report}\n`);
    console.log(`\n## ${operation}\n${report}`);
  }
  console.log(`\nprofiles and reports in ${dir}`);
} finally {
  for (const server of servers.reverse()) await server.stop().catch(() => {});
  await database.drop();
}
