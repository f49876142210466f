import type { LiveResults } from "../live/live-phase";
import { markdownTable } from "./markdown-table";

const when = (date: string) => `${date.slice(0, 10)} ${date.slice(11, 16)} UTC`;

/** The live phase's figures as lines for the terminal. */
export function liveLines(live: LiveResults): string[] {
  const { latency: l, write_cost: w } = live;
  return [
    `live (${when(live.date)}, load average ${live.load_average.start} → ${live.load_average.end}, ${live.duration_s} s):`,
    `  ${l.changes} changes written on A, received on B's stream: p50 ${l.sent_p50_ms} ms, p99 ${l.sent_p99_ms} ms from the write sent; p50 ${l.answered_p50_ms} ms, p99 ${l.answered_p99_ms} ms from its answer (write p50 ${l.write_p50_ms} ms); ${l.missing} missing`,
    `  writes/s without the change log: create ${w.without_feed.create_per_s}, complete ${w.without_feed.complete_per_s}; with it: create ${w.with_feed.create_per_s}, complete ${w.with_feed.complete_per_s} → ${w.drop_percent} % fewer; with streams open: create ${w.with_streams.create_per_s}, complete ${w.with_streams.complete_per_s} → ${w.drop_with_streams_percent} % fewer; with them open and B stopped: create ${w.with_streams_b_paused.create_per_s}, complete ${w.with_streams_b_paused.complete_per_s} → ${w.drop_with_streams_b_paused_percent} % fewer`,
  ];
}

/** The README's paragraph and table on live updates. */
export function liveSection(live: LiveResults): string {
  const { latency: l, write_cost: w } = live;
  return [
    `Live updates (${when(live.date)}, load average ${live.load_average.start} → ${live.load_average.end}): ${l.changes.toLocaleString("en-US")} task changes (creations and completions, ${l.changes / 2} of each, 2 writers) written on instance A and received on the user's stream on instance B, same database; ${l.missing} missing.`,
    "",
    markdownTable(
      ["delivery", "p50 ms", "p99 ms"],
      [
        ["from the write sent on A to the change on B", String(l.sent_p50_ms), String(l.sent_p99_ms)],
        ["from the write's answer on A to the change on B", String(l.answered_p50_ms), String(l.answered_p99_ms)],
      ],
      ["left", "right", "right"],
    ),
    "",
    `The change log's cost to writes, measured as the load phase measures create and complete (wrk, ${w.connections} connections, ${w.rounds} rounds of ${w.seconds} s per write and mode, the modes in turn in each round; medians): without the log (its triggers disabled), with it, with it and each writing user's stream open on instance B (so that each commit notifies and B reads the log), and the same with B stopped (SIGSTOP) once its streams are open: the commits still notify, B does nothing, so that row is the notification's own cost and the difference from the row above B's work, which here shares the two cores with A and PostgreSQL.`,
    "",
    markdownTable(
      ["writes/s", "create", "complete", "fewer"],
      [
        ["without the change log", String(w.without_feed.create_per_s), String(w.without_feed.complete_per_s), ""],
        ["with it", String(w.with_feed.create_per_s), String(w.with_feed.complete_per_s), `${w.drop_percent} %`],
        [
          "with it, streams open on B",
          String(w.with_streams.create_per_s),
          String(w.with_streams.complete_per_s),
          `${w.drop_with_streams_percent} %`,
        ],
        [
          "with it, streams open on B, B stopped",
          String(w.with_streams_b_paused.create_per_s),
          String(w.with_streams_b_paused.complete_per_s),
          `${w.drop_with_streams_b_paused_percent} %`,
        ],
      ],
      ["left", "right", "right", "right"],
    ),
    "",
    `Target: ≤ 15 % fewer with the change log (issue 17); ${w.errors} errors or non-2xx answers.`,
  ].join("\n");
}
