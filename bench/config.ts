import os from "node:os";

function seconds(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!(value > 0)) throw new Error(`${name} must be a number of seconds above 0, not "${raw}"`);
  return value;
}

const duration = seconds("BENCH_DURATION", 8);
const warmup = seconds("BENCH_WARMUP", Math.min(5, Math.ceil(duration / 2)));
// wrk counts its runs in whole seconds.
for (const [name, value] of [
  ["BENCH_DURATION", duration],
  ["BENCH_WARMUP", warmup],
] as const)
  if (!Number.isInteger(value)) throw new Error(`${name} must be whole seconds (wrk's unit), not ${value}`);

/** Parts of the API phase `BENCH_SKIP` (comma-separated) leaves out, for a short look at the load figures. */
const SKIPPABLE = ["soak", "scale"] as const;
function skipped(): (typeof SKIPPABLE)[number][] {
  const named = (process.env.BENCH_SKIP ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = named.filter((name) => !(SKIPPABLE as readonly string[]).includes(name));
  if (unknown.length > 0)
    throw new Error(`BENCH_SKIP: unknown ${unknown.join(", ")}; it can skip ${SKIPPABLE.join(", ")}`);
  return named as (typeof SKIPPABLE)[number][];
}
const soakSeconds = seconds("BENCH_SOAK_SECONDS", 180);

/** Everything a run depends on, recorded with its results. */
export const config = {
  /** Seconds measured per run; `BENCH_DURATION=2` makes a smoke run. */
  duration,
  /** Seconds of load before the measured runs of each operation on each server. */
  warmup,
  /** Measured rounds per operation, each visiting every server (bench/load/load-phase.ts). */
  runs: 5,
  /** `BENCH_SKIP=soak,scale`: the load alone; the README then shows no soak or scale figures for that run. */
  skip: skipped(),
  connections: 32,
  /** Users per operation group, each connection keeps one: 4 connections per user. */
  users: 8,
  /** Tasks each list user owns: a full page of 50 and a `Link` to the next. */
  listTasks: 60,
  /** Tasks each writing user owns, for PATCH …/complete: 16 distinct ones per connection. */
  writeTasks: 64,
  /**
   * The app's environment besides DATABASE_URL (and BETTER_AUTH_URL/SECRET, set by startAppServer).
   * `BENCH_APP_NODE_OPTIONS` passes V8 flags after the start script's heap sizes, so they win: e.g.
   * `--max-old-space-size=4096` to compare against an uncapped heap.
   */
  appEnv: {
    AUTH_RATE_LIMIT_MAX: "10000",
    AUTH_RATE_LIMIT_WINDOW: "60",
    // The load is a few users sending thousands of requests a minute each: far past the default 1,000.
    API_RATE_LIMIT_PER_MINUTE: "10000000",
    // The soak's users keep their tokens from their sign-up to its end: "1h" unless it runs longer.
    JWT_EXPIRATION: `${Math.ceil((soakSeconds + 900) / 3600)}h`,
    ...(process.env.BENCH_APP_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_APP_NODE_OPTIONS } : {}),
  },
  /**
   * Mixed reads and writes by users of its own for `seconds` (`BENCH_SOAK_SECONDS`), each user
   * starting with `tasks` tasks. The app's VmRSS is sampled every `rssIntervalMs`; the first
   * `rssWarmup` seconds do not count, the heap climbing back after the quieter seeding of the users.
   */
  soak: { seconds: soakSeconds, connections: 32, users: 48, tasks: 20, rssIntervalMs: 2000, rssWarmup: 30 },
  scale: { users: 100, rows: 1_000_000, bigUserRows: 100_000, deepPages: 200, samples: 25 },
  /**
   * Lighthouse on each page in both presets, `runs` times (the median reported: scores move with the
   * machine), under its default simulated throttling; the tasks page as a user with `tasks` tasks.
   */
  lighthouse: { runs: 3, tasks: 5, target: 95 },
  /**
   * Live updates across two instances: `changes` task writes on one (by `writers` at once), each timed until it
   * arrives on a stream on the other. Then `writeCost`: create and complete under wrk as the load phase runs
   * them (`connections` connections over `users` users of `tasks` tasks each), without the change log, with it,
   * with it and the users' streams open on the other instance, and the same with that instance stopped, in turn,
   * `rounds` rounds of `seconds` each.
   */
  live: {
    changes: 1_000,
    writers: 2,
    writeCost: { users: 8, tasks: 64, connections: 32, rounds: 3, seconds: 5 },
  },
};

export function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? "unknown",
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
}

/** The 1-minute load average: other work on the machine skews every figure, so it is recorded. */
export function loadAverage(): number {
  return Math.round((os.loadavg()[0] ?? 0) * 100) / 100;
}
