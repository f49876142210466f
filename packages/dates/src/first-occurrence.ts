import { fromDayNumberToDate, type PlainDate, toDayNumber } from "./plain-date";
import { firstOccurrenceAfter } from "./rule/occurrences";
import type { Rule } from "./rule/rule";

/**
 * The first date on or after `date` that the rule picks: where a new series starts (the due date a new repeat
 * gets, since a task's due date is always one of its occurrences). The series starts there, so INTERVAL has no
 * say in it ("every 2 weeks on Monday" said on a Wednesday starts next Monday). Null when that date is past
 * the rule's UNTIL.
 */
export function firstOccurrenceOnOrAfter(rule: Rule, date: PlainDate): PlainDate | null {
  const day = toDayNumber(date);
  const first = firstOccurrenceAfter({ ...rule, interval: 1 }, day, day - 1);
  if (first === null || (rule.until !== undefined && first > toDayNumber(rule.until))) return null;
  return fromDayNumberToDate(first);
}
