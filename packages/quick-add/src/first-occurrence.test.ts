import { fromDayNumberToDate, toDayNumber } from "@todo/dates";
import { describe, expect, it } from "vitest";
import { firstOccurrence } from "./first-occurrence";
import { newRule, type RepeatRule } from "./repeat-rule";

const weekly = (...weekdays: number[]): RepeatRule => ({
  ...newRule("WEEKLY"),
  byDay: weekdays.map((weekday) => ({ weekday, ordinal: 0 })),
});
const monthlyOnDays = (...byMonthDay: number[]): RepeatRule => ({ ...newRule("MONTHLY"), byMonthDay });
const monthlyOnWeekday = (weekday: number, ordinal: number): RepeatRule => ({
  ...newRule("MONTHLY"),
  byDay: [{ weekday, ordinal }],
});
const yearlyOn = (month: number, day: number): RepeatRule => ({
  ...newRule("YEARLY"),
  byMonth: [month],
  byMonthDay: [day],
});

describe("firstOccurrence", () => {
  it.each<[string, RepeatRule, string, string]>([
    ["a daily rule starts on the day", newRule("DAILY", 3), "2026-11-04", "2026-11-04"],
    ["a weekly rule without days starts on the day", newRule("WEEKLY", 2), "2026-11-04", "2026-11-04"],
    ["Mon, Wed, Fri from a Wednesday", weekly(1, 3, 5), "2026-11-04", "2026-11-04"],
    ["Mon, Wed, Fri from a Thursday", weekly(1, 3, 5), "2026-11-05", "2026-11-06"],
    ["Monday from a Saturday, across a month", weekly(1), "2026-10-31", "2026-11-02"],
    ["the 15th from the 16th", monthlyOnDays(15), "2026-11-16", "2026-12-15"],
    ["the 1st and 15th from the 2nd", monthlyOnDays(1, 15), "2026-11-02", "2026-11-15"],
    ["the 31st skips 30-day months", monthlyOnDays(31), "2026-11-01", "2026-12-31"],
    ["the 30th skips February", monthlyOnDays(30), "2027-02-01", "2027-03-30"],
    ["the last day in February", monthlyOnDays(-1), "2027-02-10", "2027-02-28"],
    ["the last day in a leap February", monthlyOnDays(-1), "2028-02-10", "2028-02-29"],
    ["the last Friday", monthlyOnWeekday(5, -1), "2026-11-04", "2026-11-27"],
    ["the last Friday, once past this month's", monthlyOnWeekday(5, -1), "2026-11-28", "2026-12-25"],
    ["the 2nd Tuesday", monthlyOnWeekday(2, 2), "2026-11-04", "2026-11-10"],
    ["a 5th Friday waits for a month that has one", monthlyOnWeekday(5, 5), "2026-11-01", "2027-01-29"],
    ["Dec 24 later this year", yearlyOn(12, 24), "2026-11-04", "2026-12-24"],
    ["Dec 24 once past", yearlyOn(12, 24), "2026-12-25", "2027-12-24"],
    ["Feb 29 waits for a leap year", yearlyOn(2, 29), "2026-03-01", "2028-02-29"],
    ["Feb 29 skips 2100, not a leap year", yearlyOn(2, 29), "2097-01-01", "2104-02-29"],
  ])("%s", (_, rule, from, expected) => {
    expect(fromDayNumberToDate(firstOccurrence(rule, toDayNumber(from)) as number)).toBe(expected);
  });

  it("finds none for a day no month has", () => {
    expect(firstOccurrence(yearlyOn(2, 30), toDayNumber("2026-01-01"))).toBeNull();
  });
});
