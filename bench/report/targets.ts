import type { Results } from "./results";

export interface Target {
  name: string;
  goal: string;
  value: number;
  met: boolean;
}

/** The targets for this 2-core machine; the ratios are what count. */
export function checkTargets(results: Omit<Results, "targets">): Target[] {
  const targets: Target[] = [];
  const atLeast = (name: string, value: number, goal: number) =>
    targets.push({ name, goal: `≥ ${goal}`, value, met: value >= goal });
  const atMost = (name: string, value: number, goal: number) =>
    targets.push({ name, goal: `≤ ${goal}`, value, met: value <= goal });
  for (const [operation, scenario] of Object.entries(results.scenarios)) {
    atLeast(`${operation} app÷floor`, scenario.ratio, operation === "list" ? 0.3 : 0.22);
    atMost(`${operation} app p99 ms`, scenario.app.p99, 50);
    atMost(`${operation} errors + non-2xx (app, floor, warm-ups)`, errorCount(scenario), 0);
  }
  atMost("app peak RSS MB", results.rss_mb, 300);
  if (results.scale) atMost("scale worst_ratio", results.scale.worst_ratio, 1.5);
  return targets;
}

/** Transport errors (timeouts included) and non-2xx answers, app and floor, warm-ups included. */
export function errorCounts({ app, floor, warmup }: Results["scenarios"][string]) {
  return { errors: app.errors + floor.errors + warmup.errors, non2xx: app.non2xx + floor.non2xx + warmup.non2xx };
}

export function errorCount(scenario: Results["scenarios"][string]): number {
  const { errors, non2xx } = errorCounts(scenario);
  return errors + non2xx;
}
