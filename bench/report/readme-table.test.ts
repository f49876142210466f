import { assert, describe, it } from "vitest";
import { markdownTable } from "./markdown-table";
import { BENCH_END, BENCH_START, readmeBenchBlock, replaceBenchBlock } from "./readme-table";
import type { Results } from "./results";
import { checkTargets } from "./targets";

/** The table rows whose first cell is `label`, spaces collapsed. */
const rows = (block: string, label: string) =>
  block
    .split("\n")
    .map((line) => line.replace(/ +/g, " "))
    .filter((line) => line.startsWith(`| ${label} |`));

const run = (rps: number, p50: number, p99: number) => ({ rps, p50, p99, errors: 0, non2xx: 0 });

function results(overrides: Partial<Results> = {}): Results {
  return {
    date: "2026-11-26T17:01:01.224Z",
    machine: { cpus: 2, cpuModel: "AMD EPYC", memoryGb: 24, node: "v20.20.2" },
    settings: {
      duration: 10,
      runs: 3,
      connections: 32,
      users: 8,
      appEnv: { JWT_EXPIRATION: "1h" },
      scale: { samples: 15 },
    },
    load_average: { start: 1.95, end: 2 },
    scenarios: {
      list: {
        app: { ...run(775, 40, 83), runs: [] },
        bare: { ...run(1302, 24, 50), runs: [] },
        floor: { ...run(4985, 6, 10), runs: [] },
        ratio_bare: 0.6,
        ratio_floor: 0.16,
        control: { ...run(1250, 25, 52), runs: [] },
        ratio_control: 0.97,
        warmup: { errors: 0, non2xx: 1 },
        light: {
          connections: 4,
          app: run(539, 6, 25),
          bare: run(700, 5, 20),
          floor: run(1186, 2, 10),
          control: run(690, 5, 21),
          p99_ratio_bare: 1.25,
          p99_ratio_control: 1.04,
        },
      },
    },
    soak: {
      duration_s: 180,
      connections: 32,
      users: 48,
      requests: 93605,
      rps: 520,
      errors: 0,
      unexpected: 0,
      statuses: {},
      operations: { list: { requests: 32841, errors: 0, unexpected: 0 } },
      failures: [],
      seeded: 960,
      creates: 11279,
      deletes: 7585,
      rows_expected: 4654,
      rows_found: 4654,
      rows_checked: 4654,
      rows_differing: 0,
      rss_samples: 90,
      rss_start_mb: 238,
      rss_end_mb: 240,
      rss_growth_mb: 2,
      rss_peak_mb: 241,
      rss_series_mb: [],
    },
    scale: null,
    rss_mb: 237,
    rss_lifetime_peak_mb: 246,
    timings_s: { total: 506.6 },
    targets: [{ name: "list app p99 ms", goal: "≤ 50", value: 117, met: false }],
    ...overrides,
  };
}

describe("readmeBenchBlock", () => {
  it("renders one run's figures between the markers, the warm-ups' non-2xx counted", () => {
    const block = readmeBenchBlock(results());
    assert.ok(block.startsWith(`${BENCH_START}\n`));
    assert.ok(block.endsWith(`\n${BENCH_END}`));
    assert.match(
      block,
      /Latest run: 2026-11-26 17:01 UTC · 2 × AMD EPYC, 24 GB · Node v20\.20\.2 · load average 1\.95 → 2 · 8 min 27 s in all\./,
    );
    assert.deepEqual(rows(block, "list"), [
      "| list | **0.60** | 0.97 | 0.16 | 775 | 40 | 83 | 1302 | 24 | 50 | 4985 | 6 | 10 | 0 / 1 |",
      "| list | **1.25** | 1.04 | 539 | 6 | 25 | 700 | 5 | 20 | 1186 | 2 | 10 |",
    ]);
    assert.match(block, /\| operation \| app ÷ bare Next \| +A\/A \| app ÷ floor \| app req\/s \|/);
    assert.match(block, /\| operation \| p99 app ÷ bare Next \| p99 A\/A \| app req\/s \|/);
    assert.match(block, /_A\/A_ a second bare Next, identical, ÷ the first by the same estimator/);
    assert.match(
      block,
      /Load: wrk at 32 connections over 8 users, 3 rounds of 10 s per operation, each visiting the servers in turn: medians over the rounds, and app ÷ bare Next the median of each round's own ratio/,
    );
    assert.match(block, /93,605 requests \(520 req\/s\), \*\*0 errors, 0 unexpected answers\*\*\./);
    assert.match(block, /Requests per operation: list 32,841\./);
    assert.deepEqual(rows(block, "list app p99 ms"), ["| list app p99 ms | ≤ 50 | 117 | **missed** |"]);
    assert.match(block, /Soak: 180 s, 32 connections over 48 users:/);
    assert.notMatch(block, /Scale:/);
    assert.notMatch(block, /busy/);
  });

  it("shows a dash for the A/A control of a run that had none", () => {
    const { control: _, ratio_control: __, ...older } = results().scenarios.list as Results["scenarios"][string];
    const { control: ___, p99_ratio_control: ____, ...light } = older.light;
    const block = readmeBenchBlock(results({ scenarios: { list: { ...older, light } } }));
    assert.deepEqual(rows(block, "list"), [
      "| list | **0.60** | – | 0.16 | 775 | 40 | 83 | 1302 | 24 | 50 | 4985 | 6 | 10 | 0 / 1 |",
      "| list | **1.25** | – | 539 | 6 | 25 | 700 | 5 | 20 | 1186 | 2 | 10 |",
    ]);
  });

  it("says the figures are indicative when the load average passed the cores as the run began", () => {
    const block = readmeBenchBlock(results({ load_average: { start: 3.2, end: 1.5 } }));
    assert.match(
      block,
      /\*\*The machine was busy\*\* \(load average above its 2 cores as the run began.*indicative only/,
    );
  });

  it("does not call the machine busy for the load the bench itself leaves at its end", () => {
    assert.notMatch(readmeBenchBlock(results({ load_average: { start: 0.9, end: 3.2 } })), /busy/);
  });

  it("says so when the run skipped the soak", () => {
    const block = readmeBenchBlock(results({ soak: null }));
    assert.match(block, /No soak in this run \(`BENCH_SKIP`\)\./);
    assert.notMatch(block, /Soak:/);
  });

  it("lists every scale shape the run measured", () => {
    const scale = {
      page1_ms: 10.09,
      deep_page_ms: 10.06,
      search_ms: 19.22,
      tag_ms: 17.29,
      worst_ratio: 1.9,
      worst_shape: "search",
      shapes_ms: { "page 1": 10.09, "search, Prefer: count=none": 5.43 },
      count: { search: { ms: 15.15, scans: [], buffersHit: 0, buffersRead: 0 } },
      rows: 1_000_000,
      user_rows: 100_000,
      x_total_count: 100_000,
    };
    const block = readmeBenchBlock(results({ scale }));
    assert.match(block, /one user's 100,000 of 1,000,000 tasks/);
    assert.deepEqual(rows(block, "page 1"), ["| page 1 | 10.1 |"]);
    assert.deepEqual(rows(block, "search, Prefer: count=none"), ["| search, Prefer: count=none | 5.4 |"]);
    assert.match(
      block,
      /`COUNT\(\*\)` alone on PostgreSQL: search 15\.2 ms\. `worst_ratio` 1\.90 \(search ÷ page 1\)\./,
    );
  });
});

describe("checkTargets", () => {
  it("holds each operation to 0.9 × the bare Next.js handler, and its light-load p99 to 1.5 ×", () => {
    const { targets: _, ...measured } = results();
    const list = checkTargets(measured).filter((target) => target.name.startsWith("list"));
    assert.deepEqual(list, [
      { name: "list app÷bare Next", goal: "≥ 0.9", value: 0.6, met: false },
      { name: "list light-load p99 app÷bare Next", goal: "≤ 1.5", value: 1.25, met: true },
      { name: "list errors + non-2xx (every run)", goal: "≤ 0", value: 1, met: false },
    ]);
  });

  it("leaves the soak's targets out when it did not run", () => {
    const { targets: _, ...measured } = results({ soak: null });
    assert.notOk(checkTargets(measured).some((target) => target.name.startsWith("soak")));
  });
});

describe("the Lighthouse section", () => {
  const figures = { performance: 97, accessibility: 100, best_practices: 96, lcp_ms: 1563, cls: 0.003, tbt_ms: 62 };
  const page = (name: string, preset: string, overrides: Partial<typeof figures> = {}) => ({
    page: name,
    path: name === "tasks" ? "/" : `/${name}`,
    preset,
    ...figures,
    ...overrides,
    runs: [],
    shortfalls: [
      { category: "best-practices", audit: "inspector-issues", score: 0 },
      ...(preset === "mobile" ? [{ category: "performance", audit: "largest-contentful-paint", score: 0.88 }] : []),
    ],
  });
  const lighthouse = {
    date: "2026-12-01T09:30:00.000Z",
    lighthouse_version: "12.2.3",
    chromium: "156.0.8078.114",
    benchmark_index: 1450,
    load_average: { start: 0.4, end: 1.1 },
    duration_s: 81.6,
    runs: 3,
    tasks: 5,
    target: 95,
    pages: [page("sign-in", "mobile"), page("sign-in", "desktop"), page("tasks", "mobile", { performance: 91 })],
  };

  it("shows every page's median scores beside the target, a miss in bold, and why scores fall short", () => {
    const block = readmeBenchBlock(results({ lighthouse }));
    assert.match(
      block,
      /Lighthouse 12\.2\.3 on Chromium 156\.0\.8078\.114, 2026-12-01 09:30 UTC · load average 0\.4 → 1\.1 · benchmark index 1450 · 82 s:/,
    );
    assert.match(
      block,
      /signed in with 5 tasks.*the median of 3 runs, figure by figure\. Target: ≥ 95 for each score\./,
    );
    assert.deepEqual(rows(block, "sign-in"), [
      "| sign-in | mobile | 97 | 100 | 96 | 1563 | 0.003 | 62 |",
      "| sign-in | desktop | 97 | 100 | 96 | 1563 | 0.003 | 62 |",
    ]);
    assert.deepEqual(rows(block, "tasks"), ["| tasks | mobile | **91** | 100 | 96 | 1563 | 0.003 | 62 |"]);
    assert.match(
      block,
      /`best-practices\/inspector-issues` 0\.00 \(every page and preset\); `performance\/largest-contentful-paint` 0\.88 \(sign-in mobile, tasks mobile\)\./,
    );
  });

  it("turns the lowest score of each category into a target", () => {
    const { targets: _, ...measured } = results({ lighthouse });
    const targets = checkTargets(measured).filter((target) => target.name.startsWith("Lighthouse"));
    assert.deepEqual(targets, [
      { name: "Lighthouse performance (lowest page and preset)", goal: "≥ 95", value: 91, met: false },
      { name: "Lighthouse accessibility (lowest page and preset)", goal: "≥ 95", value: 100, met: true },
      { name: "Lighthouse best practices (lowest page and preset)", goal: "≥ 95", value: 96, met: true },
    ]);
  });

  it("shows the bare Next.js baseline unmarked, and holds only the app's pages to the target", () => {
    const baseline = { ...page("bare Next.js", "mobile", { performance: 60, best_practices: 50 }), baseline: true };
    const withBaseline = { ...lighthouse, pages: [...lighthouse.pages, baseline] };
    const block = readmeBenchBlock(results({ lighthouse: withBaseline }));
    assert.match(block, /The baseline, in the same runs: a bare Next\.js page/);
    assert.deepEqual(rows(block, "bare Next.js (baseline)"), [
      "| bare Next.js (baseline) | mobile | 60 | 100 | 50 | 1563 | 0.003 | 62 |",
    ]);
    assert.notMatch(block, /bare Next\.js mobile\)/);
    const { targets: _, ...measured } = results({ lighthouse: withBaseline });
    const values = checkTargets(measured)
      .filter((target) => target.name.startsWith("Lighthouse"))
      .map((target) => target.value);
    assert.deepEqual(values, [91, 100, 96]);
  });

  it("is left out when Lighthouse did not run", () => {
    assert.notMatch(readmeBenchBlock(results()), /Lighthouse/);
  });
});

describe("replaceBenchBlock", () => {
  const readme = `# Title\n\nBefore.\n\n${BENCH_START}\nold figures\n${BENCH_END}\n\nAfter.\n`;

  it("replaces the block and nothing else", () => {
    const block = `${BENCH_START}\nnew figures\n${BENCH_END}`;
    assert.strictEqual(replaceBenchBlock(readme, block), `# Title\n\nBefore.\n\n${block}\n\nAfter.\n`);
  });

  it("refuses a README without exactly one block", () => {
    assert.throws(() => replaceBenchBlock("# Title\n", "x"), /exactly one/);
    assert.throws(() => replaceBenchBlock(readme + readme, "x"), /exactly one/);
    assert.throws(() => replaceBenchBlock(`${BENCH_END}\n${BENCH_START}\n`, "x"), /exactly one/);
  });
});

describe("markdownTable", () => {
  it("pads every column to its widest cell, figures to the right, and escapes pipes", () => {
    assert.strictEqual(
      markdownTable(
        ["name", "n"],
        [
          ["a|b", "1"],
          ["c", "100"],
        ],
        ["left", "right"],
      ),
      ["| name |   n |", "| ---- | --: |", "| a\\|b |   1 |", "| c    | 100 |"].join("\n"),
    );
  });
});
