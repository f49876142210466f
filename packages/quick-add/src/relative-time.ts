import type { DateFinding } from "./date-findings";

// "in 2 hours", "in 30 min", "in an hour", "in half an hour", "within 45 minutes", "2 hours from now".
const RELATIVE_TIME =
  /\b(?:(?:in|within)\s+(an?|one|half\s+an|\d{1,4})\s*(hours?|hrs?|h|minutes?|mins?)|(an?|one|\d{1,4})\s+(hours?|minutes?|mins?)\s+from\s+now)\b/giu;

function minutesOf(amount: string, unit: string): number {
  const hours = unit.startsWith("h");
  if (/^half/i.test(amount)) return 30;
  const count = /^\d+$/.test(amount) ? Number(amount) : 1;
  return hours ? count * 60 : count;
}

/**
 * A span of time from now, as wall-clock arithmetic on `today` and `now` (chrono would add it to a `Date` in
 * the machine's zone, an hour off across its daylight-saving change).
 */
export function findRelativeTimes(text: string, today: number, now: number): DateFinding[] {
  return Array.from(text.matchAll(RELATIVE_TIME), (match) => {
    const total = now + minutesOf((match[1] ?? match[3]) as string, ((match[2] ?? match[4]) as string).toLowerCase());
    return {
      start: match.index,
      end: match.index + match[0].length,
      day: today + Math.floor(total / 1440),
      minutes: total % 1440,
      fromWeekday: false,
    };
  });
}
