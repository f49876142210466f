import { civilDate, dayNumber, daysInMonth, weekday } from "./calendar";
import type { RepeatRule, WeekdayRule } from "./repeat-rule";

// Far enough for every rule the grammar makes: BYMONTHDAY=31 skips months, Feb 29 waits for a leap year.
const MONTHS_AHEAD = 12 * 9;

/** The days of one month a rule's BYMONTHDAY or ordinal BYDAY picks, as day numbers (in no order). */
function daysInMonthOf(rule: RepeatRule, year: number, month: number): number[] {
  const length = daysInMonth(year, month);
  const first = dayNumber({ year, month, day: 1 });
  const days = rule.byMonthDay
    .map((day) => (day === -1 ? length : day))
    .filter((day) => day <= length)
    .map((day) => first + day - 1);
  for (const { weekday: wanted, ordinal } of rule.byDay as WeekdayRule[]) {
    const firstMatch = first + ((wanted - weekday(first) + 7) % 7);
    const lastMatch = firstMatch + 7 * Math.floor((length - 1 - (firstMatch - first)) / 7);
    const day = ordinal === -1 ? lastMatch : firstMatch + 7 * (ordinal - 1);
    if (day <= lastMatch) days.push(day);
  }
  return days;
}

/**
 * The first day on or after `from` that the rule picks, as if the series started there (the due date is an
 * RRULE's DTSTART, so INTERVAL has no say in the first occurrence); null when none comes within nine years.
 */
export function firstOccurrence(rule: RepeatRule, from: number): number | null {
  const weekdays = rule.byDay.filter((day) => day.ordinal === 0).map((day) => day.weekday);
  if (rule.frequency === "WEEKLY" && weekdays.length) {
    for (let day = from; day < from + 7; day++) if (weekdays.includes(weekday(day))) return day;
    return null;
  }
  const monthly = rule.byMonthDay.length > 0 || rule.byDay.length > 0;
  if (!monthly) return from;
  const start = civilDate(from);
  for (let step = 0; step < MONTHS_AHEAD; step++) {
    const index = start.year * 12 + start.month - 1 + step;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    if (rule.byMonth.length && !rule.byMonth.includes(month)) continue;
    const candidates = daysInMonthOf(rule, year, month).filter((day) => day >= from);
    if (candidates.length) return Math.min(...candidates);
  }
  return null;
}
