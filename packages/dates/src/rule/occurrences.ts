import { dayNumber, daysInMonth, fromDayNumber, LAST_DATE, toDayNumber, weekdayOf } from "../plain-date";
import { type ByDay, type Frequency, type Rule, WEEKDAYS } from "./rule";

/** The rule with RFC 5545's defaults taken from the series' start (as dateutil and rrule.js do). */
interface Expanded {
  freq: Frequency;
  interval: number;
  byDay: ByDay[] | undefined;
  byMonthDay: number[] | undefined;
  byMonth: number[] | undefined;
}

const LAST_DAY = toDayNumber(LAST_DATE);
// Days in 400 Gregorian years, after which the calendar repeats (weekdays included).
const SPAN_DAYS = 146_097;

function expand(rule: Rule, start: number): Expanded {
  const { month, day } = fromDayNumber(start);
  const expanded: Expanded = {
    freq: rule.freq,
    interval: rule.interval,
    byDay: rule.byDay,
    byMonthDay: rule.byMonthDay,
    byMonth: rule.byMonth,
  };
  if (!rule.byDay && !rule.byMonthDay) {
    if (rule.freq === "YEARLY") {
      expanded.byMonth ??= [month];
      expanded.byMonthDay = [day];
    } else if (rule.freq === "MONTHLY") {
      expanded.byMonthDay = [day];
    } else if (rule.freq === "WEEKLY") {
      expanded.byDay = [{ weekday: WEEKDAYS[weekdayOf(start)] as ByDay["weekday"] }];
    }
  }
  return expanded;
}

/** The index of the FREQ period (day, week from Monday, month, year) a day falls in. */
function periodOf(freq: Frequency, day: number): number {
  switch (freq) {
    case "DAILY":
      return day;
    case "WEEKLY":
      // 1970-01-05 was a Monday.
      return (day - weekdayOf(day) - 4) / 7;
    case "MONTHLY": {
      const { year, month } = fromDayNumber(day);
      return year * 12 + month - 1;
    }
    case "YEARLY":
      return fromDayNumber(day).year;
  }
}

/** The first and last day of a period. */
function periodDays(freq: Frequency, period: number): [number, number] {
  switch (freq) {
    case "DAILY":
      return [period, period];
    case "WEEKLY":
      return [period * 7 + 4, period * 7 + 10];
    case "MONTHLY": {
      const year = Math.floor(period / 12);
      const month = period - year * 12 + 1;
      const first = dayNumber({ year, month, day: 1 });
      return [first, first + daysInMonth(year, month) - 1];
    }
    case "YEARLY":
      return [dayNumber({ year: period, month: 1, day: 1 }), dayNumber({ year: period, month: 12, day: 31 })];
  }
}

/** Whether a day of a period is an occurrence, by the BYxxx parts (each one limits, RFC 5545 § 3.3.10). */
function matches(rule: Expanded, day: number): boolean {
  const { year, month, day: monthDay } = fromDayNumber(day);
  if (rule.byMonth && !rule.byMonth.includes(month)) return false;
  const monthLength = daysInMonth(year, month);
  if (rule.byMonthDay && !rule.byMonthDay.some((d) => (d > 0 ? d : monthLength + d + 1) === monthDay)) return false;
  if (!rule.byDay) return true;
  const weekday = WEEKDAYS[weekdayOf(day)];
  // An ordinal counts within the month (MONTHLY, or YEARLY with BYMONTH), else within the year.
  const [first, last] =
    rule.freq === "YEARLY" && !rule.byMonth
      ? periodDays("YEARLY", year)
      : [day - monthDay + 1, day - monthDay + monthLength];
  return rule.byDay.some(
    (entry) =>
      entry.weekday === weekday &&
      (entry.ordinal === undefined ||
        entry.ordinal === Math.floor((day - first) / 7) + 1 ||
        entry.ordinal === -(Math.floor((last - day) / 7) + 1)),
  );
}

/**
 * The first occurrence strictly after `after` of the series that `rule` (COUNT and UNTIL aside) makes from
 * `start`, as a day number; null when there is none up to 9999-12-31. Starts at the first period in step
 * with `start` that can hold one, so a series years behind costs no more than one that is not.
 */
export function firstOccurrenceAfter(rule: Rule, start: number, after: number): number | null {
  const expanded = expand(rule, start);
  const { freq, interval } = expanded;
  const from = Math.max(after + 1, start);
  const startPeriod = periodOf(freq, start);
  let period = startPeriod + Math.ceil((periodOf(freq, from) - startPeriod) / interval) * interval;
  // Periods in step with the start repeat the calendar within 400 × INTERVAL years: past that, never.
  const giveUpAt = Math.min(from + SPAN_DAYS * interval + 366, LAST_DAY);
  for (;;) {
    const [first, last] = periodDays(freq, period);
    if (first > giveUpAt) return null;
    for (let day = Math.max(first, from); day <= last; day++) {
      if (matches(expanded, day)) return day <= LAST_DAY ? day : null;
    }
    period += interval;
  }
}
