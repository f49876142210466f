import { dayNumber, daysInMonth, fromDayNumber } from "@todo/dates";
import type { DateFinding } from "./date-findings";
import { firstOccurrence } from "./first-occurrence";
import type { RepeatRule } from "./repeat-rule";

export interface Due {
  day: number | null;
  minutes: number | null;
  /** The repetition with its first occurrence known ("for 2 weeks" made an UNTIL); null when none. */
  rule: RepeatRule | null;
  /** The date finding that gives the day, and the one that gives the time when that is another. */
  date: DateFinding | null;
  time: DateFinding | null;
}

/** The day `amount` units after `day`, the day of the month cut to the month's length (Jan 31 + 1 month = Feb 28). */
function later(day: number, amount: number, unit: "day" | "week" | "month" | "year"): number {
  if (unit === "day" || unit === "week") return day + amount * (unit === "week" ? 7 : 1);
  const date = fromDayNumber(day);
  const index = date.year * 12 + date.month - 1 + amount * (unit === "year" ? 12 : 1);
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return dayNumber({ year, month, day: Math.min(date.day, daysInMonth(year, month)) });
}

/**
 * The due date and time from the findings and the repetition. The last date found gives the day; its time,
 * or else the last time found alone, the time. A repetition moves the day to its first occurrence on or after
 * it (or today); a time alone is today while still ahead of `now`, else tomorrow.
 */
export function resolveDue(findings: DateFinding[], repeat: RepeatRule | null, today: number, now: number): Due {
  const date = findings.filter((finding) => finding.day !== null).at(-1) ?? null;
  const time = date?.minutes == null ? (findings.filter((finding) => finding.day === null).at(-1) ?? null) : null;
  const minutes = date?.minutes ?? time?.minutes ?? null;
  const past = (day: number) => day === today && minutes !== null && minutes < now;

  let day = date?.day ?? null;
  // "Sat 10am" said on a Saturday afternoon means next Saturday.
  if (day !== null && date?.fromWeekday && past(day)) day += 7;

  let rule: RepeatRule | null = null;
  if (repeat) {
    let first = firstOccurrence(repeat, day ?? today);
    if (first !== null && day === null && past(first)) first = firstOccurrence(repeat, today + 1);
    if (first !== null) {
      day = first;
      rule = { ...repeat, lasting: null };
      if (repeat.lasting) rule.until = later(first, repeat.lasting.amount, repeat.lasting.unit) - 1;
    }
  }
  if (day === null && minutes !== null) day = past(today) ? today + 1 : today;
  return { day, minutes, rule, date, time };
}
