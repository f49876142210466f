import { type DateParts, formatDate, type PlainDate, parseDate } from "./plain-date";

/** A wall-clock time, `HH:MM` on the 24-hour clock. */
export type WallTime = string;

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
// An IANA name starts with a letter (`Europe/Berlin`, `UTC`, `Etc/GMT+5`); offsets such as `+01:00` are not names.
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/;
const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      calendar: "iso8601",
      numberingSystem: "latn",
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/**
 * The zone's IANA name as this runtime's time zone database spells it (`europe/berlin` →
 * `Europe/Berlin`, `Etc/UTC` → `UTC`), or null for a name it does not know or that is not a name
 * (an offset such as `+01:00`, an empty string).
 */
export function canonicalTimeZone(name: string): string | null {
  if (!ZONE_NAME.test(name)) return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** The wall clock of `zone` at an instant, to the second. */
function wallClockParts(zone: string, epochMs: number): DateParts & { hour: number; minute: number; second: number } {
  const parts: Record<string, number> = {};
  for (const { type, value } of formatterFor(zone).formatToParts(epochMs)) parts[type] = Number(value);
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** The wall clock at an instant read as if it were UTC, in milliseconds: the instant plus the zone's offset. */
function wallClockMs(zone: string, epochMs: number): number {
  const p = wallClockParts(zone, epochMs);
  const utc = new Date(0);
  utc.setUTCFullYear(p.year, p.month - 1, p.day);
  utc.setUTCHours(p.hour, p.minute, p.second, 0);
  return utc.getTime();
}

/** The zone's offset from UTC at an instant, in milliseconds (+3 600 000 for CET). */
function offsetMs(zone: string, epochMs: number): number {
  const whole = Math.floor(epochMs / 1000) * 1000;
  return wallClockMs(zone, whole) - whole;
}

/** The date and time on the wall clock of `zone` at `now`. */
export function wallClockNow(zone: string, now: Date = new Date()): { date: PlainDate; time: WallTime } {
  const p = wallClockParts(zone, now.getTime());
  return {
    date: formatDate(p),
    time: `${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")}`,
  };
}

/**
 * A zone's offset from UTC over a stretch of time: from `from` until `until` (epoch milliseconds), the wall
 * clock of `zone` reads `instant + offsetMs`. It lets a browser tell the time in the user's zone from the
 * server's reading, without starting its own time zone database (`wallClockIn`).
 */
export interface OffsetSpan {
  zone: string;
  offsetMs: number;
  from: number;
  until: number;
}

const MINUTE_MS = 60_000;

/**
 * The offset of `zone` at `from`, and until when it holds: the first minute it has changed, searched within
 * `horizonMs` (two days by default; past it the span ends). The change is found by halving the stretch, so
 * two changes inside the horizon (which no zone has in two days) would read as none.
 */
export function offsetSpan(zone: string, from: number, horizonMs: number = 2 * DAY_MS): OffsetSpan {
  const offset = offsetMs(zone, from);
  const end = from + horizonMs;
  if (offsetMs(zone, end) === offset) return { zone, offsetMs: offset, from, until: end };
  // Offsets change on a whole minute: the offset is `offset` at minute `held` and another at minute `changed`.
  let held = Math.floor(from / MINUTE_MS);
  let changed = Math.ceil(end / MINUTE_MS);
  while (changed - held > 1) {
    const middle = Math.floor((held + changed) / 2);
    if (offsetMs(zone, middle * MINUTE_MS) === offset) held = middle;
    else changed = middle;
  }
  return { zone, offsetMs: offset, from, until: changed * MINUTE_MS };
}

/** The date and time on the wall clock of the span's zone at `epochMs`, or null outside the span. */
export function wallClockIn(span: OffsetSpan, epochMs: number): { date: PlainDate; time: WallTime } | null {
  if (epochMs < span.from || epochMs >= span.until) return null;
  const wall = new Date(epochMs + span.offsetMs);
  return {
    date: formatDate({ year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() }),
    time: `${String(wall.getUTCHours()).padStart(2, "0")}:${String(wall.getUTCMinutes()).padStart(2, "0")}`,
  };
}

/** The user's "today": the date on the wall clock of `zone` at `now`. */
export function todayIn(zone: string, now: Date = new Date()): PlainDate {
  return wallClockNow(zone, now).date;
}

export function isWallTime(text: string): boolean {
  return TIME.test(text);
}

/**
 * The instant a wall-clock date and time in `zone` names, resolved as Temporal's `"compatible"`
 * disambiguation does: a time that happens twice (the hour the clocks go back) is its earlier
 * instant; a time that never happens (the hour the clocks skip) moves forward by the gap (02:30 on
 * the day Berlin goes to summer time is 03:30 CEST). Reminders fire at this instant.
 */
export function instantOf(date: PlainDate, time: WallTime, zone: string): Date {
  const day = parseDate(date);
  const clock = TIME.exec(time);
  if (!day || !clock) throw new RangeError(`Not a date and time: ${date} ${time}`);
  const wall = new Date(0);
  wall.setUTCFullYear(day.year, day.month - 1, day.day);
  wall.setUTCHours(Number(clock[1]), Number(clock[2]), 0, 0);
  const wallMs = wall.getTime();
  // The offsets a day either side: a zone changes its offset at most once in between.
  const before = offsetMs(zone, wallMs - DAY_MS);
  const after = offsetMs(zone, wallMs + DAY_MS);
  const candidates = [...new Set([wallMs - before, wallMs - after])]
    .filter((instant) => wallClockMs(zone, instant) === wallMs)
    .sort((a, b) => a - b);
  // In a gap no instant has this wall clock: read it with the offset before the change, as Temporal does.
  return new Date(candidates[0] ?? wallMs - before);
}
