import { firstOccurrenceOnOrAfter, fromDayNumberToDate, parseRule, toDayNumber } from "@todo/dates";
import { type RepeatRule, toRRule } from "./repeat-rule";

/**
 * The first day on or after `from` that the rule picks, as if the series started there (the due date is an
 * RRULE's DTSTART, so INTERVAL has no say in the first occurrence): `@todo/dates` answers, the engine the
 * server completes tasks with. COUNT and UNTIL end a series, they never move its start. Null when the rule
 * picks no day (February 30).
 */
export function firstOccurrence(rule: RepeatRule, from: number): number | null {
  const parsed = parseRule(toRRule({ ...rule, count: null, until: null }));
  if (!parsed.ok) return null;
  const first = firstOccurrenceOnOrAfter(parsed.rule, fromDayNumberToDate(from));
  return first === null ? null : toDayNumber(first);
}
