import { markdownTable } from "./markdown-table";
import type { LighthousePage, LighthouseResults } from "./results";
import { LIGHTHOUSE_SCORES } from "./targets";

const when = (date: string) => `${date.slice(0, 10)} ${date.slice(11, 16)} UTC`;

/** Each audit that fell short on the app's pages, its lowest score, and where: the reasons a score is under 100. */
function shortfallList(pages: LighthousePage[]): string[] {
  const where = new Map<string, { score: number; pages: string[] }>();
  for (const page of pages) {
    for (const { category, audit, score } of page.shortfalls) {
      const key = `${category}/${audit}`;
      const seen = where.get(key) ?? { score, pages: [] };
      where.set(key, { score: Math.min(seen.score, score), pages: [...seen.pages, `${page.page} ${page.preset}`] });
    }
  }
  return [...where].map(
    ([key, { score, pages: on }]) =>
      `\`${key}\` ${score.toFixed(2)} (${on.length === pages.length ? "every page and preset" : on.join(", ")})`,
  );
}

function heading(lighthouse: LighthouseResults): string {
  const { load_average: load } = lighthouse;
  return [
    `Lighthouse ${lighthouse.lighthouse_version} on Chromium ${lighthouse.chromium}, ${when(lighthouse.date)} · load average ${load.start} → ${load.end} · benchmark index ${lighthouse.benchmark_index} · ${Math.round(lighthouse.duration_s)} s:`,
    `the sign-in page, and the tasks page signed in with ${lighthouse.tasks} tasks, in the light theme, under each preset's default simulated throttling; the median of ${lighthouse.runs} runs, figure by figure. Target: ≥ ${lighthouse.target} for each score.`,
    ...(lighthouse.pages.some((page) => page.baseline)
      ? [
          "The baseline, in the same runs: a bare Next.js page (`bench/bare-next`: five server-drawn rows hydrated by one React component, nothing else), what the framework alone scores on this machine.",
        ]
      : []),
  ].join("\n");
}

/** The README's Lighthouse table: the scores beside their target, a missed one in bold. */
export function lighthouseSection(lighthouse: LighthouseResults): string {
  const rows = lighthouse.pages.map((page) => [
    page.baseline ? `${page.page} (baseline)` : page.page,
    page.preset,
    ...LIGHTHOUSE_SCORES.map(([, key]) =>
      page.baseline || page[key] >= lighthouse.target ? String(page[key]) : `**${page[key]}**`,
    ),
    String(page.lcp_ms),
    page.cls.toFixed(3),
    String(page.tbt_ms),
  ]);
  const header = ["page", "preset", ...LIGHTHOUSE_SCORES.map(([name]) => name), "LCP ms", "CLS", "TBT ms"];
  const shortfalls = shortfallList(lighthouse.pages.filter((page) => !page.baseline));
  return [
    heading(lighthouse),
    "",
    markdownTable(
      header,
      rows,
      header.map((_, column) => (column < 2 ? "left" : "right")),
    ),
    "",
    shortfalls.length === 0
      ? "Every weighted audit scored 1 in every run."
      : `Weighted audits below 1 in some run (lowest score): ${shortfalls.join("; ")}.`,
  ].join("\n");
}

/** The same figures for the summary printed at the end of a run. */
export function lighthouseLines(lighthouse: LighthouseResults): string[] {
  return [
    `lighthouse ${lighthouse.lighthouse_version}, median of ${lighthouse.runs} runs (performance / accessibility / best practices, target ≥ ${lighthouse.target}):`,
    ...lighthouse.pages.map(
      (page) =>
        `  ${`${page.page} ${page.preset}`.padEnd(21)} ${page.performance} / ${page.accessibility} / ${page.best_practices}   LCP ${page.lcp_ms} ms  CLS ${page.cls.toFixed(3)}  TBT ${page.tbt_ms} ms`,
    ),
  ];
}
