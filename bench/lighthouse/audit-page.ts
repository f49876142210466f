import lighthouse, { desktopConfig } from "lighthouse";
import type { LighthouseFigures, Shortfall } from "../report/results";

/** The categories measured, as Lighthouse names them. */
export const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;
export const PRESETS = ["mobile", "desktop"] as const;
export type Preset = (typeof PRESETS)[number];

export interface PageAudit {
  figures: LighthouseFigures;
  /** Every weighted audit that scored below 1 in this run. */
  shortfalls: Shortfall[];
  lighthouseVersion: string;
  benchmarkIndex: number;
}

/** Lighthouse could not measure the page this time (e.g. NO_NAVSTART on a busy machine): worth another try. */
export class LighthouseRuntimeError extends Error {}

function score(lhr: { categories: Record<string, { score: number | null } | undefined> }, category: string): number {
  const value = lhr.categories[category]?.score;
  if (value === null || value === undefined) throw new Error(`Lighthouse gave no ${category} score`);
  return Math.round(value * 100);
}

/**
 * One Lighthouse navigation of `url` in the Chromium listening on `port`, with its default simulated
 * throttling (the mobile preset is Lighthouse's default config). `cookie` goes with every request of
 * the page (Lighthouse resets the browser's storage before each run, cookies included).
 */
export async function auditPage(
  url: string,
  preset: Preset,
  options: { port: number; cookie?: string | undefined },
): Promise<PageAudit> {
  const result = await lighthouse(
    url,
    {
      port: options.port,
      logLevel: "error",
      output: "json",
      onlyCategories: [...CATEGORIES],
      ...(options.cookie ? { extraHeaders: { Cookie: options.cookie } } : {}),
    },
    preset === "desktop" ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError)
    throw new LighthouseRuntimeError(
      `Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`,
    );
  const landed = new URL(lhr.finalDisplayedUrl).pathname;
  if (landed !== new URL(url).pathname)
    throw new Error(`${url} ended on ${landed}: the page was not measured (a session cookie refused?)`);
  const numeric = (audit: string) => {
    const value = lhr.audits[audit]?.numericValue;
    if (value === undefined) throw new Error(`Lighthouse gave no ${audit} on ${url}`);
    return value;
  };
  const shortfalls = CATEGORIES.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? []).flatMap(({ id, weight }) => {
      const audit = lhr.audits[id];
      return weight > 0 && audit && audit.score !== null && audit.score < 1
        ? [{ category, audit: id, score: audit.score }]
        : [];
    }),
  );
  return {
    figures: {
      performance: score(lhr, "performance"),
      accessibility: score(lhr, "accessibility"),
      best_practices: score(lhr, "best-practices"),
      lcp_ms: Math.round(numeric("largest-contentful-paint")),
      cls: Number(numeric("cumulative-layout-shift").toFixed(3)),
      tbt_ms: Math.round(numeric("total-blocking-time")),
    },
    shortfalls,
    lighthouseVersion: lhr.lighthouseVersion,
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}
