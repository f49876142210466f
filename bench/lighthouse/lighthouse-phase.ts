import { existsSync } from "node:fs";
import { signUpWithToken } from "@todo/test-support/accounts";
import * as chromeLauncher from "chrome-launcher";
import { config, loadAverage } from "../config";
import { createTasks } from "../load/bench-users";
import type { LighthouseFigures, LighthousePage, LighthouseResults, Shortfall } from "../report/results";
import { round } from "../report/results";
import { median } from "../support/median";
import { startBareNext } from "../support/start-bare-next";
import { auditPage, LighthouseRuntimeError, type PageAudit, PRESETS, type Preset } from "./audit-page";

/**
 * The pages measured: the app's, the tasks page as a signed-in user; and the baseline, a bare Next.js page
 * (bench/bare-next: a server-drawn list hydrated by React, nothing else), which shows what the framework
 * alone scores on this machine in this run.
 */
const PAGES = [
  { page: "sign-in", path: "/sign-in", server: "app", signedIn: false },
  { page: "tasks", path: "/", server: "app", signedIn: true },
  { page: "bare Next.js", path: "/", server: "bare", signedIn: false },
] as const;

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function medianFigures(runs: LighthouseFigures[]): LighthouseFigures {
  const of = (key: keyof LighthouseFigures) => median(runs.map((run) => run[key]));
  return {
    performance: of("performance"),
    accessibility: of("accessibility"),
    best_practices: of("best_practices"),
    lcp_ms: of("lcp_ms"),
    cls: of("cls"),
    tbt_ms: of("tbt_ms"),
  };
}

/** Each audit that fell short in any run, once, with its lowest score. */
function lowestShortfalls(audits: PageAudit[]): Shortfall[] {
  const lowest = new Map<string, Shortfall>();
  for (const shortfall of audits.flatMap((audit) => audit.shortfalls)) {
    const seen = lowest.get(shortfall.audit);
    if (!seen || shortfall.score < seen.score) lowest.set(shortfall.audit, shortfall);
  }
  return [...lowest.values()].sort((a, b) => a.category.localeCompare(b.category) || a.audit.localeCompare(b.audit));
}

/** `auditPage`, tried again (twice at most) when Lighthouse itself failed to record the page. */
async function auditWithRetries(...args: Parameters<typeof auditPage>): Promise<PageAudit> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await auditPage(...args);
    } catch (error) {
      if (!(error instanceof LighthouseRuntimeError) || attempt === 3) throw error;
      console.warn(`  ${error.message}: trying again`);
    }
  }
}

/**
 * Lighthouse on the sign-in page and on the tasks page of a user with a few tasks, in its mobile and
 * desktop presets: `runs` rounds, each visiting every page in both presets, so that a busy moment on
 * the machine spreads over all of them rather than landing on one.
 */
export async function lighthousePhase(
  appUrl: string,
  databaseUrl: string,
  timings: Record<string, number>,
): Promise<LighthouseResults> {
  const { runs, tasks, target } = config.lighthouse;
  if (!existsSync(CHROMIUM))
    throw new Error(`Lighthouse needs Chromium at ${CHROMIUM} (set CHROMIUM_PATH, or apt-get install chromium)`);
  const start = performance.now();
  const loadAtStart = loadAverage();
  const user = await signUpWithToken(appUrl);
  await createTasks(appUrl, user, tasks);
  const audits = new Map<string, PageAudit[]>();
  const bare = await startBareNext(databaseUrl, appUrl);
  const urls = { app: appUrl, bare: bare.url };
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ["--headless=new", "--no-sandbox"] });
  let chromium = "unknown";
  try {
    // The user agent says only "156.0.0.0"; the DevTools endpoint gives the full version.
    const version = (await (await fetch(`http://127.0.0.1:${chrome.port}/json/version`)).json()) as { Browser: string };
    chromium = version.Browser.replace(/^\w+\//, "");
    for (let pass = 1; pass <= runs; pass++) {
      for (const { page, path, server, signedIn } of PAGES) {
        for (const preset of PRESETS) {
          const audit = await auditWithRetries(`${urls[server]}${path}`, preset, {
            port: chrome.port,
            cookie: signedIn ? user.cookie : undefined,
          });
          const key = `${page} ${preset}`;
          audits.set(key, [...(audits.get(key) ?? []), audit]);
          const { performance: perf, accessibility, best_practices } = audit.figures;
          console.log(`  lighthouse ${pass}/${runs} ${key}: ${perf} / ${accessibility} / ${best_practices}`);
        }
      }
    }
  } finally {
    chrome.kill();
    await bare.stop();
  }
  const all = [...audits.values()].flat();
  const pages: LighthousePage[] = PAGES.flatMap(({ page, path, server }) =>
    PRESETS.map((preset: Preset) => {
      const done = audits.get(`${page} ${preset}`) ?? [];
      const figures = done.map((audit) => audit.figures);
      return {
        page,
        path,
        preset,
        baseline: server === "bare",
        ...medianFigures(figures),
        runs: figures,
        shortfalls: lowestShortfalls(done),
      };
    }),
  );
  timings.lighthouse = round((performance.now() - start) / 1000, 1);
  return {
    date: new Date().toISOString(),
    lighthouse_version: all[0]?.lighthouseVersion ?? "unknown",
    chromium,
    benchmark_index: Math.round(median(all.map((audit) => audit.benchmarkIndex))),
    load_average: { start: loadAtStart, end: loadAverage() },
    duration_s: timings.lighthouse,
    runs,
    tasks,
    target,
    pages,
  };
}
