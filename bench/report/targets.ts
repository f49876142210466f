import type { LighthouseFigures, Results, SoakResults } from "./results";

export interface Target {
  name: string;
  goal: string;
  value: number;
  met: boolean;
}

/** Lighthouse's category scores as the report names them. */
export const LIGHTHOUSE_SCORES = [
  ["performance", "performance"],
  ["accessibility", "accessibility"],
  ["best practices", "best_practices"],
] as const satisfies readonly (readonly [string, keyof LighthouseFigures])[];

/** The targets for this 2-core machine; the ratios are what count. */
export function checkTargets(results: Omit<Results, "targets">): Target[] {
  const targets: Target[] = [];
  const atLeast = (name: string, value: number, goal: number) =>
    targets.push({ name, goal: `≥ ${goal}`, value, met: value >= goal });
  const atMost = (name: string, value: number, goal: number) =>
    targets.push({ name, goal: `≤ ${goal}`, value, met: value <= goal });
  for (const [operation, scenario] of Object.entries(results.scenarios)) {
    atLeast(`${operation} app÷bare Next`, scenario.ratio_bare, 0.9);
    atMost(`${operation} light-load p99 app÷bare Next`, scenario.light.p99_ratio_bare, 1.5);
    atMost(`${operation} errors + non-2xx (every run)`, errorCount(scenario), 0);
  }
  atMost("app peak RSS MB", results.rss_mb, 300);
  const { soak } = results;
  if (soak) {
    atMost("soak errors + unexpected answers", soakFailures(soak), 0);
    atMost("soak rows lost or extra (|found − expected|)", Math.abs(soak.rows_found - soak.rows_expected), 0);
    atMost("soak tasks unlike their last acknowledged write", soak.rows_differing, 0);
    atMost("soak RSS growth MB (end − start)", soak.rss_growth_mb, flatRssAllowanceMb(soak.rss_start_mb));
  }
  if (results.scale) atMost("scale worst_ratio", results.scale.worst_ratio, 1.5);
  const lighthouse = results.lighthouse;
  if (lighthouse) {
    for (const [name, key] of LIGHTHOUSE_SCORES) {
      const lowest = Math.min(...lighthouse.pages.filter((page) => !page.baseline).map((page) => page[key]));
      atLeast(`Lighthouse ${name} (lowest page and preset)`, lowest, lighthouse.target);
    }
  }
  if (results.live) {
    const { latency, write_cost: cost } = results.live;
    atMost("live delivery p99 ms (A → B, from the write sent)", latency.sent_p99_ms, 1000);
    atMost("live changes missing on the other instance", latency.missing, 0);
    atMost("live writes fewer with the change log, %", cost.drop_percent, 15);
    atMost("live write-cost errors + non-2xx", cost.errors, 0);
  }
  return targets;
}

/** Transport errors (timeouts included) and non-2xx answers, every server, warm-ups and light runs included. */
export function errorCounts({ app, bare, floor, control, warmup, light }: Results["scenarios"][string]) {
  const runs = [app, bare, floor, control, warmup, light.app, light.bare, light.floor, light.control].filter(
    (run) => run !== undefined,
  );
  return {
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    non2xx: runs.reduce((sum, run) => sum + run.non2xx, 0),
  };
}

export function errorCount(scenario: Results["scenarios"][string]): number {
  const { errors, non2xx } = errorCounts(scenario);
  return errors + non2xx;
}

export function soakFailures(soak: SoakResults): number {
  return soak.errors + soak.unexpected;
}

/** Rows the soak lost or made up, and tasks whose stored content is not what the app acknowledged. */
export function soakRowsAmiss(soak: SoakResults): number {
  return Math.abs(soak.rows_found - soak.rows_expected) + soak.rows_differing;
}

/** "Memory flat": the soak may end at most 10 % or 30 MB (the larger) above where it started. */
export function flatRssAllowanceMb(startMb: number): number {
  return Math.max(Math.round(startMb * 0.1), 30);
}
