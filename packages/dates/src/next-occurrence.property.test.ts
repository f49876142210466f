import fc from "fast-check";
import { RRule, Frequency as RRuleFrequency, type Weekday as RRuleWeekday } from "rrule";
import { describe, expect, it } from "vitest";
import { nextOccurrence } from "./next-occurrence";
import { addDays, type PlainDate } from "./plain-date";
import { formatRule } from "./rule/format-rule";
import { parseRule } from "./rule/parse-rule";
import { type ByDay, FREQUENCIES, type Rule, WEEKDAYS } from "./rule/rule";

// rrule (dateutil's algorithm) is the oracle: on dates at midnight UTC its "floating" dates are exact.
const RRULE_FREQ = {
  DAILY: RRuleFrequency.DAILY,
  WEEKLY: RRuleFrequency.WEEKLY,
  MONTHLY: RRuleFrequency.MONTHLY,
  YEARLY: RRuleFrequency.YEARLY,
};
const RRULE_DAYS = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU];

function utc(date: PlainDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

function oracle(rule: Rule, start: PlainDate, count?: number): RRule {
  const byweekday = rule.byDay?.map(({ weekday, ordinal }): RRuleWeekday => {
    const day = RRULE_DAYS[WEEKDAYS.indexOf(weekday)] as RRuleWeekday;
    return ordinal === undefined ? day : day.nth(ordinal);
  });
  return new RRule({
    freq: RRULE_FREQ[rule.freq],
    interval: rule.interval,
    dtstart: utc(start),
    ...(byweekday && { byweekday }),
    ...(rule.byMonthDay && { bymonthday: rule.byMonthDay }),
    ...(rule.byMonth && { bymonth: rule.byMonth }),
    ...(count !== undefined && { count }),
  });
}

const dateArb = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Rules of the subset, made valid by the parser (a combination it refuses is dropped), never phase-locked into no date. */
const ruleArb: fc.Arbitrary<Rule> = fc
  .record({
    freq: fc.constantFrom(...FREQUENCIES),
    interval: fc.integer({ min: 1, max: 3 }),
    byDay: fc.option(
      fc.uniqueArray(
        fc.record({ weekday: fc.constantFrom(...WEEKDAYS), ordinal: fc.constantFrom(1, 2, 3, 4, -1, -2) }),
        {
          minLength: 1,
          maxLength: 3,
          selector: (d) => d.weekday,
        },
      ),
    ),
    // rrule drops plain weekdays mixed with ordinal ones (BYDAY=MO,1SA): each rule has one kind or the other.
    ordinals: fc.boolean(),
    byMonthDay: fc.option(
      fc.uniqueArray(fc.constantFrom(1, 2, 13, 15, 28, 29, 30, 31, -1, -2), { minLength: 1, maxLength: 2 }),
    ),
    byMonth: fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 3 })),
  })
  .map(({ freq, interval, byDay, ordinals, byMonthDay, byMonth }) => {
    const rule: Rule = { freq, interval };
    if (byDay) {
      // An ordinal with a month day can never happen (BYMONTHDAY=31;BYDAY=1MO), and rrule takes seconds to find that out.
      const numbered = ordinals && !byMonthDay && (freq === "MONTHLY" || freq === "YEARLY");
      rule.byDay = byDay.map((d): ByDay => (numbered ? d : { weekday: d.weekday }));
    }
    if (byMonthDay && freq !== "WEEKLY") rule.byMonthDay = byMonthDay;
    // A month list with an interval can fall out of step with it for good (every 2 months, in February only, from January).
    if (byMonth && interval === 1) rule.byMonth = byMonth;
    return rule;
  })
  .map((rule) => parseRule(formatRule(rule)))
  .filter((parsed) => parsed.ok)
  .map((parsed) => (parsed as { rule: Rule }).rule);

const isoOf = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

describe("nextOccurrence, checked against rrule on random rules", { timeout: 60_000 }, () => {
  it("from due: strictly after the due date, today or later, an occurrence of the rule, and the first such", () => {
    fc.assert(
      fc.property(ruleArb, dateArb, fc.integer({ min: -60, max: 400 }), (rule, due, late) => {
        const today = addDays(due, late);
        const next = nextOccurrence({ rule, from: "due" }, { dueDate: due, occurrence: 1 }, today);
        const after = late > 0 ? addDays(today, -1) : due;
        const expected = isoOf(oracle(rule, due).after(utc(after), false));
        expect(next?.dueDate ?? null).toBe(expected);
        if (next) {
          expect(next.dueDate > due).toBe(true);
          expect(next.dueDate >= today).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("from completion: the rule's first occurrence after today, the series starting today", () => {
    fc.assert(
      fc.property(ruleArb, dateArb, dateArb, (rule, due, today) => {
        const next = nextOccurrence({ rule, from: "completion" }, { dueDate: due, occurrence: 1 }, today);
        expect(next?.dueDate ?? null).toBe(isoOf(oracle(rule, today).after(utc(today), false)));
        if (next) expect(next.dueDate > today).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("with COUNT: completing on any day walks the oracle's series, counting the occurrences stepped over, and ends with it", () => {
    fc.assert(
      fc.property(
        ruleArb,
        dateArb,
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 14 }),
        (rule, from, count, delays) => {
          const first = isoOf(oracle(rule, from).after(utc(from), true));
          fc.pre(first !== null);
          const occurrences = oracle(rule, first as string, count)
            .all()
            .map(isoOf);
          const counted = { ...rule, count };
          let position = { dueDate: first as string, occurrence: 1 };
          for (const delay of delays) {
            const today = addDays(position.dueDate, delay);
            const next = nextOccurrence({ rule: counted, from: "due" }, position, today);
            const index = occurrences.findIndex((o) => (o as string) > position.dueDate && (o as string) >= today);
            expect(next).toEqual(index < 0 ? null : { dueDate: occurrences[index], occurrence: index + 1 });
            if (!next) break;
            position = next;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
