import { readFileSync } from "node:fs";
import { type CpuProfile, selfTimes, type Window } from "./self-times";
import { sourceMapper } from "./source-mapper";

export interface Summary {
  /** CPU time on the main thread in ms, and time it waited. */
  busyMs: number;
  idleMs: number;
  /** Self time in ms by package, and by function (`name where`, with its package). */
  byPackage: Map<string, number>;
  byFunction: Map<string, { ms: number; pkg: string }>;
}

/** Where a profile's CPU time went (within `window`, if given), by package and by function. */
export function summarise(file: string, window?: Window, mapper = sourceMapper()): Summary {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const summary: Summary = { busyMs: 0, idleMs: 0, byPackage: new Map(), byFunction: new Map() };
  for (const { callFrame, ms } of selfTimes(profile, window)) {
    if (callFrame.functionName === "(idle)") {
      summary.idleMs += ms;
      continue;
    }
    summary.busyMs += ms;
    const place = mapper(callFrame);
    const key = `${place.name} ${place.where}`.trim();
    const entry = summary.byFunction.get(key) ?? { ms: 0, pkg: place.pkg };
    entry.ms += ms;
    summary.byFunction.set(key, entry);
    summary.byPackage.set(place.pkg, (summary.byPackage.get(place.pkg) ?? 0) + ms);
  }
  return summary;
}

const micros = (ms: number, requests: number) => ((1000 * ms) / requests).toFixed(1).padStart(7);

/**
 * Two summaries side by side in µs of CPU per request, by package then by function, the first's largest costs
 * first: e.g. the app against the bare Next.js handler under the same load.
 */
export function compare(
  [nameA, a, requestsA]: [string, Summary, number],
  [nameB, b, requestsB]: [string, Summary, number],
  top: number,
): string {
  const lines = [
    `µs of main-thread CPU per request: ${nameA} ${micros(a.busyMs, requestsA).trim()} (${requestsA} requests), ${nameB} ${micros(b.busyMs, requestsB).trim()} (${requestsB} requests)`,
    "",
    `${nameA.padStart(7)} ${nameB.padStart(7)}  package`,
  ];
  const keys = (x: Map<string, unknown>, y: Map<string, unknown>) => [...new Set([...x.keys(), ...y.keys()])];
  const packages = keys(a.byPackage, b.byPackage)
    .map((pkg) => [pkg, a.byPackage.get(pkg) ?? 0, b.byPackage.get(pkg) ?? 0] as const)
    .sort((x, y) => y[1] / requestsA - y[2] / requestsB - (x[1] / requestsA - x[2] / requestsB));
  for (const [pkg, msA, msB] of packages.slice(0, top)) {
    lines.push(`${micros(msA, requestsA)} ${micros(msB, requestsB)}  ${pkg}`);
  }
  lines.push("", `${nameA.padStart(7)} ${nameB.padStart(7)}  function (self time)`);
  const functions = keys(a.byFunction, b.byFunction)
    .map((key) => {
      const entry = a.byFunction.get(key) ?? b.byFunction.get(key);
      return [key, entry?.pkg, a.byFunction.get(key)?.ms ?? 0, b.byFunction.get(key)?.ms ?? 0] as const;
    })
    .sort((x, y) => y[2] - x[2]);
  for (const [key, pkg, msA, msB] of functions.slice(0, top)) {
    lines.push(`${micros(msA, requestsA)} ${micros(msB, requestsB)}  ${key} [${pkg}]`);
  }
  return lines.join("\n");
}
