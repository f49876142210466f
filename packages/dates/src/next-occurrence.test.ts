import { describe, expect, it } from "vitest";
import { nextOccurrence, type SeriesPosition } from "./next-occurrence";
import { parseRule } from "./rule/parse-rule";
import type { RecurrenceFrom } from "./rule/rule";

function recurrence(text: string, from: RecurrenceFrom = "due") {
  const parsed = parseRule(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return { rule: parsed.rule, from };
}

/** The due dates a task moves through when completed on each of its due dates (never late), from the first. */
function series(text: string, first: string, length: number, from: RecurrenceFrom = "due"): string[] {
  const dates = [first];
  let position: SeriesPosition | null = { dueDate: first, occurrence: 1 };
  while (dates.length < length) {
    position = nextOccurrence(recurrence(text, from), position, position.dueDate);
    if (!position) break;
    dates.push(position.dueDate);
  }
  return dates;
}

describe("nextOccurrence: the series a task moves through", () => {
  it.each([
    {
      name: "every month on the 31st skips the months without one (RFC 5545)",
      rule: "FREQ=MONTHLY;BYMONTHDAY=31",
      first: "2026-01-31",
      dates: ["2026-01-31", "2026-03-31", "2026-05-31", "2026-07-31", "2026-08-31", "2026-10-31", "2026-12-31"],
    },
    {
      name: "every month, started on the 31st, is the 31st too",
      rule: "FREQ=MONTHLY",
      first: "2026-01-31",
      dates: ["2026-01-31", "2026-03-31", "2026-05-31"],
    },
    {
      name: "29 February yearly falls in leap years only",
      rule: "FREQ=YEARLY",
      first: "2024-02-29",
      dates: ["2024-02-29", "2028-02-29", "2032-02-29", "2036-02-29"],
    },
    {
      name: "29 February yearly, spelled out",
      rule: "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
      first: "2024-02-29",
      dates: ["2024-02-29", "2028-02-29", "2032-02-29"],
    },
    {
      name: "every last Friday",
      rule: "FREQ=MONTHLY;BYDAY=-1FR",
      first: "2026-01-30",
      dates: ["2026-01-30", "2026-02-27", "2026-03-27", "2026-04-24", "2026-05-29", "2026-06-26"],
    },
    {
      name: "every weekday skips the weekend",
      rule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
      first: "2026-12-03",
      dates: ["2026-12-03", "2026-12-04", "2026-12-07", "2026-12-08"],
    },
    {
      name: "every 2 weeks on Monday and Thursday, from a Thursday",
      rule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH",
      first: "2026-12-03",
      dates: ["2026-12-03", "2026-12-14", "2026-12-17", "2026-12-28", "2026-12-31"],
    },
    {
      name: "a due date off the rule counts as the first occurrence, then the rule's days",
      rule: "FREQ=WEEKLY;BYDAY=MO",
      first: "2026-12-02",
      dates: ["2026-12-02", "2026-12-07", "2026-12-14"],
    },
    {
      name: "every 3 days",
      rule: "FREQ=DAILY;INTERVAL=3",
      first: "2026-02-26",
      dates: ["2026-02-26", "2026-03-01", "2026-03-04"],
    },
    {
      name: "Thanksgiving: the fourth Thursday of November",
      rule: "FREQ=YEARLY;BYMONTH=11;BYDAY=4TH",
      first: "2026-11-26",
      dates: ["2026-11-26", "2027-11-25", "2028-11-23"],
    },
    {
      name: "every Friday the 13th",
      rule: "FREQ=MONTHLY;BYMONTHDAY=13;BYDAY=FR",
      first: "2026-02-13",
      dates: ["2026-02-13", "2026-03-13", "2026-11-13", "2027-08-13"],
    },
    {
      name: "the last day of each month",
      rule: "FREQ=MONTHLY;BYMONTHDAY=-1",
      first: "2027-01-31",
      dates: ["2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30"],
    },
    {
      name: "the first Monday of January and July",
      rule: "FREQ=YEARLY;BYMONTH=1,7;BYDAY=1MO",
      first: "2026-01-05",
      dates: ["2026-01-05", "2026-07-06", "2027-01-04"],
    },
    {
      name: "the 20th Monday of the year",
      rule: "FREQ=YEARLY;BYDAY=20MO",
      first: "2026-05-18",
      dates: ["2026-05-18", "2027-05-17", "2028-05-15"],
    },
    {
      name: "COUNT ends the series: 3 occurrences in all, the first due date included",
      rule: "FREQ=DAILY;COUNT=3",
      first: "2026-12-01",
      dates: ["2026-12-01", "2026-12-02", "2026-12-03"],
    },
    {
      name: "UNTIL is the last date an occurrence may fall on",
      rule: "FREQ=WEEKLY;UNTIL=20261215",
      first: "2026-12-01",
      dates: ["2026-12-01", "2026-12-08", "2026-12-15"],
    },
  ])("$name", ({ rule, first, dates }) => {
    // A series with an end stops there; asked for more, it gives no more.
    const asked = /COUNT|UNTIL/.test(rule) ? dates.length + 5 : dates.length;
    expect(series(rule, first, asked)).toEqual(dates);
  });

  it("a daily task stays on its own dates across both of Berlin's and New York's clock changes", () => {
    // Dates are wall-clock dates: the series never drifts, and dueTime 09:00 stays 09:00 (see time-zone.test.ts).
    expect(series("FREQ=DAILY", "2026-03-27", 4)).toEqual(["2026-03-27", "2026-03-28", "2026-03-29", "2026-03-30"]);
    expect(series("FREQ=DAILY", "2026-10-24", 3)).toEqual(["2026-10-24", "2026-10-25", "2026-10-26"]);
    expect(series("FREQ=DAILY", "2026-03-07", 3)).toEqual(["2026-03-07", "2026-03-08", "2026-03-09"]);
    expect(series("FREQ=DAILY", "2026-10-31", 3)).toEqual(["2026-10-31", "2026-11-01", "2026-11-02"]);
  });
});

describe("nextOccurrence: completing late, early, and after completion", () => {
  it.each([
    {
      name: "weeks overdue, from due: the first occurrence today or later, never one in the past",
      rule: "FREQ=WEEKLY;BYDAY=MO",
      current: { dueDate: "2026-11-02", occurrence: 1 },
      today: "2026-12-01",
      next: { dueDate: "2026-12-07", occurrence: 2 },
    },
    {
      name: "overdue, from due, with an occurrence today: today",
      rule: "FREQ=DAILY",
      current: { dueDate: "2026-11-02", occurrence: 1 },
      today: "2026-12-01",
      next: { dueDate: "2026-12-01", occurrence: 2 },
    },
    {
      name: "overdue with COUNT: the occurrences stepped over count",
      rule: "FREQ=DAILY;COUNT=10",
      current: { dueDate: "2026-12-01", occurrence: 1 },
      today: "2026-12-05",
      next: { dueDate: "2026-12-05", occurrence: 5 },
    },
    {
      name: "overdue past the last occurrence of COUNT: the series has ended",
      rule: "FREQ=DAILY;COUNT=3",
      current: { dueDate: "2026-12-01", occurrence: 1 },
      today: "2026-12-05",
      next: null,
    },
    {
      name: "overdue past UNTIL: the series has ended",
      rule: "FREQ=DAILY;UNTIL=20261203",
      current: { dueDate: "2026-12-01", occurrence: 1 },
      today: "2026-12-05",
      next: null,
    },
    {
      name: "completed early, from due: the occurrence after the due date, not after today",
      rule: "FREQ=WEEKLY",
      current: { dueDate: "2026-12-10", occurrence: 3 },
      today: "2026-12-01",
      next: { dueDate: "2026-12-17", occurrence: 4 },
    },
    {
      name: "from completion: the rule applied from today",
      rule: "FREQ=DAILY;INTERVAL=3",
      from: "completion" as const,
      current: { dueDate: "2026-11-02", occurrence: 1 },
      today: "2026-12-01",
      next: { dueDate: "2026-12-04", occurrence: 2 },
    },
    {
      name: "from completion, completed early: still from today",
      rule: "FREQ=WEEKLY",
      from: "completion" as const,
      current: { dueDate: "2026-12-20", occurrence: 1 },
      today: "2026-12-01",
      next: { dueDate: "2026-12-08", occurrence: 2 },
    },
    {
      name: "from completion with COUNT: each completion is an occurrence",
      rule: "FREQ=DAILY;COUNT=2",
      from: "completion" as const,
      current: { dueDate: "2026-11-02", occurrence: 2 },
      today: "2026-12-01",
      next: null,
    },
    {
      name: "a rule that can never happen again ends the series",
      rule: "FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29",
      current: { dueDate: "2025-02-28", occurrence: 1 },
      today: "2025-02-28",
      next: null,
    },
  ])("$name", ({ rule, from, current, today, next }) => {
    expect(nextOccurrence(recurrence(rule, from), current, today)).toEqual(next);
  });
});
