import type { BenchUser } from "../load/bench-users";
import { drive, type RunFigures } from "../load/drive";
import { round } from "../report/results";
import { setChangeLog } from "../support/change-log-triggers";
import { median } from "../support/median";
import type { SqlClient } from "../support/sql";
import { openUserStream } from "./user-stream";

/** The write operations of `pnpm bench`'s load phase, which issue 17's target compares. */
const WRITES = ["create", "complete"] as const;

/** The modes compared, in the order each round visits them. */
const MODES = ["without_feed", "with_feed", "with_streams", "with_streams_b_paused"] as const;
type Mode = (typeof MODES)[number];

/** Requests per second of each write: the median over the rounds. */
export interface WriteRates {
  create_per_s: number;
  complete_per_s: number;
}

export interface WriteCostFigures {
  /** Seconds of each wrk run; `rounds` runs per write and mode. */
  seconds: number;
  rounds: number;
  connections: number;
  /** The change-log triggers disabled: the writes as they were before the feed. */
  without_feed: WriteRates;
  /** The change log written, no stream open: `pnpm bench`'s create and complete as they run now. */
  with_feed: WriteRates;
  /** The change log written and each writing user's stream open on instance B, so that each commit notifies. */
  with_streams: WriteRates;
  /**
   * The same with B stopped (SIGSTOP) once its streams are open: each commit still notifies, but B reads and
   * sends nothing. What is left of the drop is the notification's own cost to the writes; the rest of
   * `with_streams`' is B's work on the two cores it shares with A and PostgreSQL here.
   */
  with_streams_b_paused: WriteRates;
  /** 1 − with ÷ without, in per cent, of creations and completions together: issue 17's target (≤ 15). */
  drop_percent: number;
  /** The same with the streams open. B shares the machine's two cores with A and PostgreSQL here. */
  drop_with_streams_percent: number;
  /** The same with the streams open and B stopped. */
  drop_with_streams_b_paused_percent: number;
  /** Transport errors and non-2xx answers over every run. */
  errors: number;
}

/** Instance B, where the streams open: its address, and the pid of the process that serves it. */
export interface StreamsInstance {
  url: string;
  pid: number;
}

/**
 * Runs `measure` in `mode`: the triggers set, and for the `with_streams` modes a stream per user open on
 * instance B, which `with_streams_b_paused` stops for the measurement (and resumes after).
 */
async function inMode<T>(
  mode: Mode,
  sql: SqlClient,
  users: BenchUser[],
  b: StreamsInstance,
  measure: () => Promise<T>,
) {
  await setChangeLog(sql, mode !== "without_feed");
  if (mode === "without_feed" || mode === "with_feed") return measure();
  const streams = users.map((user) => openUserStream(b.url, user, () => {}));
  try {
    await Promise.all(streams.map((stream) => stream.ready));
    if (mode === "with_streams") return await measure();
    process.kill(b.pid, "SIGSTOP");
    try {
      return await measure();
    } finally {
      process.kill(b.pid, "SIGCONT");
    }
  } finally {
    for (const stream of streams) stream.close();
  }
}

/**
 * What the change log costs the writes, measured as `pnpm bench`'s load phase measures create and complete
 * (wrk, `connections` connections, leaving the servers the CPU): in each round, each write on the same app
 * and database without the log (its triggers disabled), with it, with it and a stream per user open on
 * instance B, and the same with B stopped, in turn, so that every mode shares the machine's noise. Leaves the
 * feed on.
 */
export async function writeCost(
  appUrl: string,
  b: StreamsInstance,
  sql: SqlClient,
  users: BenchUser[],
  { seconds, rounds, connections }: { seconds: number; rounds: number; connections: number },
): Promise<WriteCostFigures> {
  const runs = Object.fromEntries(
    MODES.map((mode) => [mode, { create: [] as RunFigures[], complete: [] as RunFigures[] }]),
  ) as Record<Mode, Record<(typeof WRITES)[number], RunFigures[]>>;
  try {
    // Warm-up: the JIT and the connection pools, with the feed as it runs.
    for (const write of WRITES) await drive(appUrl, write, users, { connections, seconds: 2 });
    for (let n = 1; n <= rounds; n++) {
      for (const write of WRITES) {
        for (const mode of MODES) {
          const figures = await inMode(mode, sql, users, b, () =>
            drive(appUrl, write, users, { connections, seconds }),
          );
          runs[mode][write].push(figures);
        }
        const line = MODES.map((mode) => `${mode} ${runs[mode][write].at(-1)?.rps}`).join(", ");
        console.log(`  write cost round ${n}, ${write} req/s: ${line}`);
      }
    }
  } finally {
    await setChangeLog(sql, true);
  }
  const rates = (mode: Mode): WriteRates => ({
    create_per_s: median(runs[mode].create.map((run) => run.rps)),
    complete_per_s: median(runs[mode].complete.map((run) => run.rps)),
  });
  const all = (mode: Mode) => rates(mode).create_per_s + rates(mode).complete_per_s;
  const drop = (mode: Mode) => round((1 - all(mode) / all("without_feed")) * 100, 1);
  const every = MODES.flatMap((mode) => [...runs[mode].create, ...runs[mode].complete]);
  return {
    seconds,
    rounds,
    connections,
    without_feed: rates("without_feed"),
    with_feed: rates("with_feed"),
    with_streams: rates("with_streams"),
    with_streams_b_paused: rates("with_streams_b_paused"),
    drop_percent: drop("with_feed"),
    drop_with_streams_percent: drop("with_streams"),
    drop_with_streams_b_paused_percent: drop("with_streams_b_paused"),
    errors: every.reduce((sum, run) => sum + run.errors + run.non2xx, 0),
  };
}
