/** `pnpm bench` runs every phase; `pnpm bench api` (or `lighthouse`, `live`) only those named, the others' figures kept from the last run. */
export const PHASES = {
  api: "the API's load, soak and scale runs",
  lighthouse: "Lighthouse on the sign-in and tasks pages",
  live: "live updates across two instances: delivery latency, and the change log's cost to writes",
} as const;

export type Phase = keyof typeof PHASES;

export function selectPhases(args: string[]): Set<Phase> {
  const named = args.filter((arg) => arg !== "--");
  if (named.length === 0) return new Set(Object.keys(PHASES) as Phase[]);
  const unknown = named.filter((arg) => !(arg in PHASES));
  if (unknown.length > 0) {
    const known = Object.entries(PHASES).map(([name, what]) => `${name} (${what})`);
    throw new Error(`pnpm bench [phase…]: unknown phase ${unknown.join(", ")}; the phases are ${known.join(", ")}`);
  }
  return new Set(named as Phase[]);
}
