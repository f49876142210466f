import { dayNumber, fromDayNumberToDate, parseDate } from "@todo/dates";
import { findDates } from "./date-findings";
import { dayLabel, dueLabel } from "./day-label";
import { resolveDue } from "./due";
import { recogniseList } from "./list";
import { recognisePriority } from "./priority";
import { recogniseRepeat } from "./repeat";
import type { DateAt } from "./repeat-grammar";
import { describeRule, toRRule } from "./repeat-rule";
import { Scan } from "./scan";
import { recogniseTags } from "./tags";
import { formatTime, parseTime } from "./time-of-day";
import { normalizeWhitespace, titleWithout } from "./title";
import type { QuickAddContext, QuickAddPart, QuickAddResult } from "./types";

const unparsed = (text: string): QuickAddResult => ({
  title: normalizeWhitespace(text),
  tags: [],
  priority: "none",
  listId: null,
  dueDate: null,
  dueTime: null,
  recurrence: null,
  parts: [],
});

/**
 * Reads a quick-add line: `#tag`, `^List`, `!high`, English dates and times, repetitions; what is left is the
 * title. `context.today` and `context.now` are the user's wall clock (in the user's zone): the parser does no
 * zone arithmetic. A time alone is today while still ahead of `now`, else tomorrow. When nothing would be left
 * of the title, nothing is parsed: the whole line is the title. Throws only on a malformed `today` or `now`.
 * The grammar: packages/quick-add/README.md.
 */
export function parseQuickAdd(text: string, context: QuickAddContext): QuickAddResult {
  const todayParts = parseDate(context.today);
  if (!todayParts) throw new TypeError(`Expected today as YYYY-MM-DD, got ${JSON.stringify(context.today)}`);
  const today = dayNumber(todayParts);
  const now = context.now === undefined ? 0 : parseTime(context.now);
  const scan = new Scan(text, context.ignore);

  // The list first: a list's name may hold a `#` or a `!` ("^Q3 #2"), and then it is the list's.
  const list = recogniseList(scan, context.lists);
  const tags = recogniseTags(scan);
  const priority = recognisePriority(scan);
  const dateAt: DateAt = (index) => {
    const found = findDates(scan.masked().slice(index), today, now).find((finding) => finding.day !== null);
    const leading = found && scan.masked().slice(index, index + found.start);
    return found && leading?.trim() === "" ? { day: found.day as number, end: index + found.end } : null;
  };
  const repeat = recogniseRepeat(scan, dateAt);
  const due = resolveDue(findDates(scan.masked(), today, now), repeat?.rule ?? null, today, now);

  const parts: QuickAddPart[] = [...tags.parts];
  if (list.part) parts.push(list.part);
  if (priority.part) parts.push(priority.part);
  const at = (span: { start: number; end: number }) => ({
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
  });
  if (repeat && due.rule) {
    const label = describeRule(due.rule, (day) => dayLabel(day, today));
    parts.push({ kind: "repeat", ...at(repeat), label });
  }
  if (due.date) {
    // With a repetition the date is where the series starts looking; without one it is the due date itself.
    const label = dueLabel(due.rule ? due.date.day : due.day, due.date.minutes, today);
    parts.push({ kind: "date", ...at(due.date), label });
  }
  if (due.time) {
    const alone = !due.date && !due.rule;
    const label = alone ? dueLabel(due.day, due.minutes, today) : formatTime(due.minutes as number);
    parts.push({ kind: "date", ...at(due.time), label });
  }
  parts.sort((a, b) => a.start - b.start);

  const title = titleWithout(text, parts);
  if (!title) return unparsed(text);
  return {
    title,
    tags: tags.tags,
    priority: priority.priority,
    listId: list.listId,
    dueDate: due.day === null ? null : fromDayNumberToDate(due.day),
    dueTime: due.minutes === null ? null : formatTime(due.minutes),
    recurrence: due.rule && { rule: toRRule(due.rule), from: due.rule.fromCompletion ? "completion" : "due" },
    parts,
  };
}
