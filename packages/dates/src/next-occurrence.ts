import { fromDayNumberToDate, type PlainDate, toDayNumber } from "./plain-date";
import { firstOccurrenceAfter } from "./rule/occurrences";
import type { RecurrenceFrom, Rule } from "./rule/rule";

/** Where a task stands in its series: its due date, and that date's number in the series (the first due date is 1). */
export interface SeriesPosition {
  dueDate: PlainDate;
  occurrence: number;
}

export interface Recurrence {
  rule: Rule;
  from: RecurrenceFrom;
}

/**
 * The occurrence a completed task moves to, or null when the series has ended (COUNT reached, past UNTIL, or
 * no date the rule can reach):
 * - `from: "due"`: the first occurrence after the current due date that is `today` or later; the occurrences
 *   stepped over count against COUNT, as RFC 5545 counts every occurrence of the set;
 * - `from: "completion"`: the rule applied afresh from `today` (its first occurrence after today).
 * A series' days come from its current due date (or today) as RFC 5545's DTSTART, which gives every occurrence
 * of the series that started on the first due date, since each due date of it is one of its occurrences.
 */
export function nextOccurrence(
  recurrence: Recurrence,
  current: SeriesPosition,
  today: PlainDate,
): SeriesPosition | null {
  const { rule } = recurrence;
  const todayDay = toDayNumber(today);
  const last = rule.until === undefined ? Number.POSITIVE_INFINITY : toDayNumber(rule.until);
  const most = rule.count ?? Number.POSITIVE_INFINITY;
  let next: number | null;
  let occurrence = current.occurrence;

  if (recurrence.from === "completion") {
    next = firstOccurrenceAfter(rule, todayDay, todayDay);
    occurrence += 1;
  } else {
    const start = toDayNumber(current.dueDate);
    if (rule.count === undefined) {
      // Nothing counts the occurrences stepped over: straight to the first one today or later.
      next = firstOccurrenceAfter(rule, start, Math.max(start, todayDay - 1));
      occurrence += 1;
    } else {
      next = start;
      do {
        next = firstOccurrenceAfter(rule, start, next);
        occurrence += 1;
      } while (next !== null && next < todayDay && occurrence <= most && next <= last);
    }
  }
  if (next === null || next > last || occurrence > most) return null;
  return { dueDate: fromDayNumberToDate(next), occurrence };
}
