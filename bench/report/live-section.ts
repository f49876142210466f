import type { LiveResults } from "../live/live-phase";
import { markdownTable } from "./markdown-table";

const when = (date: string) => `${date.slice(0, 10)} ${date.slice(11, 16)} UTC`;

/** The live phase's figures as lines for the terminal. */
export function liveLines(live: LiveResults): string[] {
  const { latency: l, write_cost: w } = live;
  return [
    `live (${when(live.date)}, load average ${live.load_average.start} → ${live.load_average.end}, ${live.duration_s} s):`,
    `  ${l.changes} changes written on A, received on B's stream: p50 ${l.sent_p50_ms} ms, p99 ${l.sent_p99_ms} ms from the write sent; p50 ${l.answered_p50_ms} ms, p99 ${l.answered_p99_ms} ms from its answer (write p50 ${l.write_p50_ms} ms); ${l.missing} missing`,
    `  writes/s with the change log: create ${w.with_feed.create_per_s}, complete ${w.with_feed.complete_per_s}; without: create ${w.without_feed.create_per_s}, complete ${w.without_feed.complete_per_s} → ${w.drop_percent} % fewer`,
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
    `The change log's cost to writes, ${w.writers} writers over the same app, ${w.rounds} alternating rounds of ${w.seconds / w.rounds} s in each mode (the log's triggers disabled for "without"; a stream open per writing user, so each commit notifies):`,
    "",
    markdownTable(
      ["writes/s", "create", "complete"],
      [
        ["with the change log", String(w.with_feed.create_per_s), String(w.with_feed.complete_per_s)],
        ["without", String(w.without_feed.create_per_s), String(w.without_feed.complete_per_s)],
      ],
      ["left", "right", "right"],
    ),
    "",
    `${w.drop_percent} % fewer writes with the change log.`,
  ].join("\n");
}
