import { dayNumber, fromDayNumber } from "@todo/dates";
import type { ParsedResult } from "chrono-node/en";
import { chrono } from "./chrono-parser";
import { findRelativeTimes } from "./relative-time";
import { MASK } from "./scan";
import { weekday } from "./weekday";

/** A date, a time, or both, found in the text. */
export interface DateFinding {
  start: number;
  end: number;
  /** Day number (see calendar.ts), or null for a time alone. */
  day: number | null;
  /** Minutes after midnight, or null for a date alone. */
  minutes: number | null;
  /** The day came from a weekday alone ("Sat 10am"): a time already past today means next week. */
  fromWeekday: boolean;
}

// Words before a date that belong to it ("due Friday", "by tomorrow", "starting Dec 1"): they leave the title with it.
const LEAD_WORDS =
  /(?:^|\s)((?:due\s+|by\s+|on\s+|at\s+|for\s+|before\s+|(?:starting|beginning)\s+(?:from\s+|on\s+)?)+|@\s*)$/i;
const WEEKEND_LEAD = /(?:^|\s)((?:at|on|over)\s+the\s+)$/i;

/**
 * Hours 1–7 without am/pm are afternoon ("call mom at 5" is 17:00), as a calendar reads them; "7am",
 * "07:00" and "5 in the morning" are not touched.
 */
function clockHour(result: ParsedResult, hour: number): number {
  if (result.start.isCertain("meridiem") || hour < 1 || hour > 7) return hour;
  return /(?:^|\D)0\d/.test(result.text) ? hour : hour + 12;
}

function toFinding(text: string, result: ParsedResult, today: number): DateFinding | null {
  const { start } = result;
  const date = dayNumber({ year: start.get("year") ?? 0, month: start.get("month") ?? 0, day: start.get("day") ?? 0 });
  // An explicit zone ("5pm EST", "10:00Z") needs zone arithmetic this package does not do: left to the title.
  // Spans of hours and minutes ("in 2 hours") are findRelativeTimes' to read; chrono's other ones are left too.
  if (start.isCertain("timezoneOffset") || result.tags().has("result/relativeDateAndTime")) return null;
  const weekdayOnly = start.isCertain("weekday") && !start.isCertain("day");
  let day: number | null = null;
  if (weekdayOnly && !/\bnext\b/i.test(result.text)) {
    // The weekday's next date, today included ("Monday" on a Monday is today); "next Monday" is as chrono says.
    day = today + (((start.get("weekday") ?? 0) - weekday(today) + 7) % 7);
  } else if (
    start.isCertain("day") ||
    weekdayOnly ||
    result.tags().has("result/relativeDate") ||
    /^this\s/i.test(result.text)
  ) {
    day = date;
  }
  let minutes: number | null = null;
  if (start.isCertain("hour")) {
    const hour = clockHour(result, start.get("hour") ?? 0);
    if (hour > 23) return null;
    minutes = hour * 60 + (start.get("minute") ?? 0);
  }
  if (day === null && minutes === null) return null;
  if (day !== null && day < today) return null;

  const before = text.slice(0, result.index);
  const weekend = /^weekends?$/i.test(result.text) ? WEEKEND_LEAD.exec(before) : null;
  const lead = weekend ?? LEAD_WORDS.exec(before);
  // Some of chrono's patterns end in the whitespace after a date ("Dec 24 "): it stays with the title.
  return {
    start: result.index - (lead?.[1]?.length ?? 0),
    end: result.index + result.text.trimEnd().length,
    day,
    minutes,
    fromWeekday: weekdayOnly,
  };
}

/** Every date and time found in `text` (recognised parts already masked), today and later, in order. */
export function findDates(text: string, today: number, now: number): DateFinding[] {
  const relative = findRelativeTimes(text, today, now);
  let rest = text;
  for (const { start, end } of relative) rest = rest.slice(0, start) + MASK.repeat(end - start) + rest.slice(end);
  const { year, month, day } = fromDayNumber(today);
  // The day's start as UTC, and chrono told the zone is UTC: its components are then the user's wall clock
  // whatever the machine's zone, and "Nov 2" said on Nov 2 is today, not next year.
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day);
  const found = chrono
    .parse(rest, { instant, timezone: 0 }, { forwardDate: true })
    .map((result) => toFinding(rest, result, today))
    .filter((finding) => finding !== null);
  return [...relative, ...found].sort((a, b) => a.start - b.start);
}
