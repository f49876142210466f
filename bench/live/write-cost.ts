import { round } from "../report/results";
import type { SqlClient } from "../support/sql";
import { completeTask, createTask } from "./task-writes";

export interface WriteCostFigures {
  /** Seconds measured in each mode, over `rounds` alternating rounds. */
  seconds: number;
  rounds: number;
  writers: number;
  /** Tasks created and completed per second, with the change log written (and a stream open per user, so notified). */
  with_feed: { create_per_s: number; complete_per_s: number };
  /** The same with the change-log triggers disabled: the writes as they were before the feed. */
  without_feed: { create_per_s: number; complete_per_s: number };
  /** 1 − with ÷ without, in per cent, of creations and completions together. */
  drop_percent: number;
}

const TRIGGERS = ["task.task_change_log", "list.list_change_log"] as const;

async function setFeed(sql: SqlClient, on: boolean) {
  for (const name of TRIGGERS) {
    const [table, trigger] = name.split(".");
    await sql.query(`ALTER TABLE "${table}" ${on ? "ENABLE" : "DISABLE"} TRIGGER "${trigger}"`);
  }
}

/** Creations and completions by `writers` writers at once for `seconds`: how many of each were answered. */
async function writeFor(appUrl: string, users: { userId: string; token: string }[], writers: number, seconds: number) {
  const until = performance.now() + seconds * 1000;
  const done = { create: 0, complete: 0 };
  let n = 0;
  await Promise.all(
    Array.from({ length: writers }, async (_, lane) => {
      const user = users[lane % users.length] as { userId: string; token: string };
      while (performance.now() < until) {
        const id = await createTask(appUrl, user, `Write cost ${n++}`);
        done.create += 1;
        await completeTask(appUrl, user, id);
        done.complete += 1;
      }
    }),
  );
  return done;
}

/**
 * What the change log costs the writes: rounds alternating without and with it (the triggers disabled, then
 * enabled) on the same app and database, so both modes share the machine's noise. Leaves the feed on.
 */
export async function writeCost(
  appUrl: string,
  sql: SqlClient,
  users: { userId: string; token: string }[],
  { seconds, rounds, writers }: { seconds: number; rounds: number; writers: number },
): Promise<WriteCostFigures> {
  const totals = { with: { create: 0, complete: 0 }, without: { create: 0, complete: 0 } };
  try {
    // Warm-up: the JIT and the connection pools, with the feed as it runs.
    await writeFor(appUrl, users, writers, 1);
    for (let round = 0; round < rounds; round++) {
      for (const mode of ["without", "with"] as const) {
        await setFeed(sql, mode === "with");
        const done = await writeFor(appUrl, users, writers, seconds);
        totals[mode].create += done.create;
        totals[mode].complete += done.complete;
      }
    }
  } finally {
    await setFeed(sql, true);
  }
  const rate = (count: number) => round(count / (seconds * rounds), 0);
  const all = (mode: "with" | "without") => totals[mode].create + totals[mode].complete;
  return {
    seconds: seconds * rounds,
    rounds,
    writers,
    with_feed: { create_per_s: rate(totals.with.create), complete_per_s: rate(totals.with.complete) },
    without_feed: { create_per_s: rate(totals.without.create), complete_per_s: rate(totals.without.complete) },
    drop_percent: round((1 - all("with") / all("without")) * 100, 1),
  };
}
