import "server-only";
import { env } from "@/env";

const DURATION_UNIT_SECONDS: Record<string, number> = {
  s: 1,
  sec: 1,
  m: 60,
  min: 60,
  h: 3600,
  hr: 3600,
  d: 86_400,
  w: 604_800,
};

/** JWT_EXPIRATION (`15m`, `1h`, as env.ts admits it) in seconds. */
export function durationSeconds(duration: string): number {
  const [, amount, unit] = duration.match(/^(\d+)\s?([a-z]+)$/) ?? [];
  const perUnit = unit ? DURATION_UNIT_SECONDS[unit] : undefined;
  if (!perUnit) throw new Error(`Not a duration: ${duration}`);
  return Number(amount) * perUnit;
}

/** How long a signed-in browser's JWT lives (JWT_EXPIRATION), in seconds. */
export function sessionJwtSeconds(): number {
  return durationSeconds(env.JWT_EXPIRATION);
}
