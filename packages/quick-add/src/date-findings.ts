import type { ParsedResult } from "chrono-node/en";
import { civilDate, dayNumber } from "./calendar";
import { chrono } from "./chrono-parser";

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

function toFinding(text: string, result: ParsedResult, today: number, nowMinutes: number): DateFinding | null {
  const { start } = result;
  const date = dayNumber({ year: start.get("year") ?? 0, month: start.get("month") ?? 0, day: start.get("day") ?? 0 });
  // An explicit zone ("5pm EST", "10:00Z") needs zone arithmetic this package does not do: left to the title.
  if (start.isCertain("timezoneOffset") && !result.tags().has("result/relativeDateAndTime")) return null;

  let day: number | null = null;
  let minutes: number | null = null;
  if (result.tags().has("result/relativeDateAndTime")) {
    // Relative to the reference (today 00:00): moved by the wall clock.
    const total = (date - today) * 1440 + (start.get("hour") ?? 0) * 60 + (start.get("minute") ?? 0) + nowMinutes;
    day = today + Math.floor(total / 1440);
    minutes = total % 1440;
  } else {
    const dated =
      start.isCertain("day") ||
      start.isCertain("weekday") ||
      result.tags().has("result/relativeDate") ||
      result.text.trim().toLowerCase().startsWith("this ");
    if (dated) day = date;
    if (start.isCertain("hour")) {
      const hour = clockHour(result, start.get("hour") ?? 0);
      if (hour > 23) return null;
      minutes = hour * 60 + (start.get("minute") ?? 0);
    }
  }
  if (day === null && minutes === null) return null;
  if (day !== null && day < today) return null;

  const before = text.slice(0, result.index);
  const weekend = /^weekends?$/i.test(result.text) ? WEEKEND_LEAD.exec(before) : null;
  const lead = weekend ?? LEAD_WORDS.exec(before);
  return {
    start: result.index - (lead?.[1]?.length ?? 0),
    end: result.index + result.text.length,
    day,
    minutes,
    fromWeekday: start.isCertain("weekday") && !start.isCertain("day"),
  };
}

/** Every date and time chrono finds in `text` (recognised parts already masked), today and later. */
export function findDates(text: string, today: number, nowMinutes: number): DateFinding[] {
  const { year, month, day } = civilDate(today);
  // The wall clock as UTC, and chrono told the zone is UTC: its components are then the user's wall clock,
  // whatever the machine's zone. The reference is the day's start, so "Nov 2" on Nov 2 is today, not next year.
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day);
  const reference = { instant, timezone: 0 };
  return chrono
    .parse(text, reference, { forwardDate: true })
    .map((result) => toFinding(text, result, today, nowMinutes))
    .filter((finding) => finding !== null);
}
