import { daysInMonth } from "@todo/dates";
import { type Frequency, newRule, type RepeatRule, type WeekdayRule } from "./repeat-rule";
import type { TokenReader } from "./token-reader";
import { cardinal, dayOfMonth, monthOf, ordinal, weekdayOf } from "./words";

/** Finds a date that starts right at `index` of the text; its day number and where it ends. */
export type DateAt = (index: number) => { day: number; end: number } | null;

const SEPARATORS = [",", "&", "/", "and"];
const TIMES_OF_DAY = ["morning", "afternoon", "evening", "night"];
type Period = [Frequency, number];
const PERIODS: Record<string, Period> = {
  day: ["DAILY", 1],
  days: ["DAILY", 1],
  week: ["WEEKLY", 1],
  weeks: ["WEEKLY", 1],
  fortnight: ["WEEKLY", 2],
  month: ["MONTHLY", 1],
  months: ["MONTHLY", 1],
  quarter: ["MONTHLY", 3],
  quarters: ["MONTHLY", 3],
  year: ["YEARLY", 1],
  years: ["YEARLY", 1],
  // "every morning": each day, at no particular time (a time said with it is the due time).
  morning: ["DAILY", 1],
  afternoon: ["DAILY", 1],
  evening: ["DAILY", 1],
  night: ["DAILY", 1],
};
const isPeriod = (word: string | undefined) => word !== undefined && Object.hasOwn(PERIODS, word);
const COMPLETION = ["completion", "completing", "complete", "completed", "done", "finishing", "finished"];

const unique = <T>(values: T[]) => [...new Set(values)];

/** Skips `count` tokens and gives `value`: the reading of a word that stands for a whole rule. */
function taken<T>(reader: TokenReader, count: number, value: T): T {
  reader.skip(count);
  return value;
}

/** "mon wed fri", "monday and thursday", "tue, thu": each weekday once. */
function weekdays(reader: TokenReader): WeekdayRule[] | null {
  const first = weekdayOf(reader.peek());
  if (first === null) return null;
  reader.skip();
  const days = [first];
  for (;;) {
    let ahead = 0;
    while (SEPARATORS.includes(reader.peek(ahead) as string)) ahead++;
    const next = weekdayOf(reader.peek(ahead));
    if (next === null) break;
    reader.skip(ahead + 1);
    days.push(next);
  }
  // "every thursday night": the part of the day says no time, but belongs to the repetition.
  reader.accept(...TIMES_OF_DAY);
  return unique(days).map((weekday) => ({ weekday, ordinal: 0 }));
}

/** "1st and 15th", "15th": days of the month written as ordinals. */
function monthDays(reader: TokenReader): number[] | null {
  const first = ordinal(reader.peek(), false);
  if (first === null) return null;
  reader.skip();
  const days = [first];
  for (;;) {
    let ahead = 0;
    while (SEPARATORS.includes(reader.peek(ahead) as string)) ahead++;
    const next = ordinal(reader.peek(ahead), false);
    if (next === null) break;
    reader.skip(ahead + 1);
    days.push(next);
  }
  return unique(days).sort((a, b) => a - b);
}

const ofTheMonth = (reader: TokenReader) =>
  reader.attempt(
    () => reader.accept("of") && (reader.accept("the", "every", "each") || true) && reader.accept("month"),
  );

/** "Dec 24", "December 24th", "24 December", "24th of December" (Feb 29 allowed). */
function yearDate(reader: TokenReader): { month: number; day: number } | null {
  const read = (): { month: number; day: number } | null => {
    const month = monthOf(reader.peek());
    if (month !== null) {
      const day = dayOfMonth(reader.peek(1));
      if (day === null) return null;
      reader.skip(2);
      return { month, day };
    }
    const day = dayOfMonth(reader.peek());
    if (day === null) return null;
    reader.skip();
    reader.accept("of");
    const after = monthOf(reader.peek());
    if (after === null) return null;
    reader.skip();
    return { month: after, day };
  };
  return reader.attempt(() => {
    const date = read();
    return date && date.day <= daysInMonth(2000, date.month) ? date : null;
  });
}

const yearly = (date: { month: number; day: number }, interval = 1): RepeatRule => ({
  ...newRule("YEARLY", interval),
  byMonth: [date.month],
  byMonthDay: [date.day],
});

/** After "every month on": "the 15th", "the 1st and 15th", "the last day", "the last friday", "15". */
function monthlyOn(reader: TokenReader, rule: RepeatRule): RepeatRule | null {
  reader.accept("the");
  const word = reader.peek();
  const position = ordinal(word);
  if (position !== null && weekdayOf(reader.peek(1)) !== null && (position === -1 || position <= 5)) {
    const weekday = weekdayOf(reader.peek(1)) as number;
    reader.skip(2);
    return { ...rule, byDay: [{ weekday, ordinal: position }] };
  }
  if (position === -1 && reader.peek(1) === "day") {
    reader.skip(2);
    return { ...rule, byMonthDay: [-1] };
  }
  const days = monthDays(reader);
  if (days) return { ...rule, byMonthDay: days };
  if (position !== null && position > 0) return taken(reader, 1, { ...rule, byMonthDay: [position] });
  const day = dayOfMonth(word);
  if (day === null) return null;
  reader.skip();
  return { ...rule, byMonthDay: [day] };
}

/** What "on …" adds to "every week", "every month", "every year"; the rule unchanged when no "on" follows. */
function withOn(reader: TokenReader, rule: RepeatRule): RepeatRule {
  const read = (): RepeatRule | null => {
    if (rule.frequency === "DAILY" || !reader.accept("on")) return null;
    if (rule.frequency === "WEEKLY") {
      const days = weekdays(reader);
      return days && { ...rule, byDay: days };
    }
    if (rule.frequency === "MONTHLY") return monthlyOn(reader, rule);
    reader.accept("the");
    const date = yearDate(reader);
    return date && { ...yearly(date, rule.interval) };
  };
  return reader.attempt(read) ?? rule;
}

const WORKWEEK = [1, 2, 3, 4, 5];
const WEEKEND = [6, 0];
const FIXED_DAYS: Record<string, number[]> = {
  weekday: WORKWEEK,
  weekdays: WORKWEEK,
  workday: WORKWEEK,
  workdays: WORKWEEK,
  weekend: WEEKEND,
  weekends: WEEKEND,
};
const weeklyOn = (days: number[], interval = 1): RepeatRule => ({
  ...newRule("WEEKLY", interval),
  byDay: days.map((weekday) => ({ weekday, ordinal: 0 })),
});

/** A unit, weekdays or a date after "every", "every other" or "every 2". */
function unit(reader: TokenReader, interval: number): RepeatRule | null {
  const word = reader.peek() as string;
  const period = Object.hasOwn(PERIODS, word) ? (PERIODS[word] as Period) : null;
  if (period) {
    reader.skip();
    return withOn(reader, newRule(period[0], period[1] * interval));
  }
  if (interval === 1 && word === "business" && /^days?$/.test(reader.peek(1) ?? "")) {
    reader.skip(2);
    return weeklyOn(WORKWEEK);
  }
  if (interval === 1 && Object.hasOwn(FIXED_DAYS, word)) {
    reader.skip();
    return weeklyOn(FIXED_DAYS[word] as number[]);
  }
  const days = weekdays(reader);
  if (days) return { ...newRule("WEEKLY", interval), byDay: days };
  const date = interval === 1 ? yearDate(reader) : null;
  return date && yearly(date);
}

/** After "every" and an ordinal: "last friday", "2nd tuesday of the month", "15th", "last day of the month". */
function afterOrdinal(reader: TokenReader, position: number, numeric: boolean): RepeatRule | null {
  const weekday = weekdayOf(reader.peek());
  if (weekday !== null && (position === -1 || position <= 5)) {
    reader.skip();
    ofTheMonth(reader);
    return { ...newRule("MONTHLY"), byDay: [{ weekday, ordinal: position }] };
  }
  if (reader.peek() === "day") {
    reader.skip();
    if (ofTheMonth(reader) || position === -1) return { ...newRule("MONTHLY"), byMonthDay: [position] };
    return newRule("DAILY", position);
  }
  if (position > 1 && isPeriod(reader.peek())) return unit(reader, position);
  if (!numeric) return null;
  reader.accept("of");
  const month = monthOf(reader.peek());
  if (month !== null) {
    reader.skip();
    return position <= daysInMonth(2000, month) ? yearly({ month, day: position }) : null;
  }
  return null;
}

/** What follows "every": "day", "other week", "3 days", "mon wed fri", "last friday", "1st and 15th", "Dec 24". */
function everySpec(reader: TokenReader): RepeatRule | null {
  const word = reader.peek();
  if (word === "other") {
    reader.skip();
    return unit(reader, 2);
  }
  const count = cardinal(word);
  if (count !== null && (isPeriod(reader.peek(1)) || weekdayOf(reader.peek(1)) !== null)) {
    reader.skip();
    return unit(reader, count);
  }
  const position = ordinal(word);
  if (position !== null) {
    const numeric = ordinal(word, false) !== null;
    const read = reader.attempt(() => {
      reader.skip();
      return afterOrdinal(reader, position, numeric);
    });
    if (read) return read;
    if (numeric) {
      const days = monthDays(reader) as number[];
      ofTheMonth(reader);
      return { ...newRule("MONTHLY"), byMonthDay: days };
    }
  }
  return unit(reader, 1);
}

const ADVERBS: Record<string, () => RepeatRule> = {
  daily: () => newRule("DAILY"),
  everyday: () => newRule("DAILY"),
  weekly: () => newRule("WEEKLY"),
  fortnightly: () => newRule("WEEKLY", 2),
  monthly: () => newRule("MONTHLY"),
  quarterly: () => newRule("MONTHLY", 3),
  yearly: () => newRule("YEARLY"),
  annually: () => newRule("YEARLY"),
};

/** "after completion", "until Dec 31", "10 times", "for 2 weeks", in any order, each once. */
function modifiers(reader: TokenReader, rule: RepeatRule, dateAt: DateAt): RepeatRule {
  const result = { ...rule };
  for (let changed = true; changed; ) {
    changed = false;
    if (
      !result.fromCompletion &&
      reader.attempt(() => reader.accept("after", "from") && reader.accept(...COMPLETION))
    ) {
      result.fromCompletion = changed = true;
      continue;
    }
    const until = result.until === null && reader.attempt(() => reader.accept("until", "till") && dateAt(reader.end));
    if (until) {
      result.until = until.day;
      reader.skipTo(until.end);
      changed = true;
      continue;
    }
    if (result.count !== null || result.lasting !== null || result.until !== null) continue;
    const times = reader.attempt(() => {
      reader.accept("for");
      const value = cardinal(reader.peek());
      return value !== null && reader.peek(1) === "times" ? taken(reader, 2, value) : null;
    });
    if (times) {
      result.count = times;
      changed = true;
      continue;
    }
    const lasting = reader.attempt(() => {
      if (!reader.accept("for")) return null;
      const word = reader.peek();
      const amount = word === "a" || word === "an" ? 1 : cardinal(word);
      const name = reader.peek(1)?.replace(/s$/, "");
      if (amount === null || (name !== "day" && name !== "week" && name !== "month" && name !== "year")) return null;
      reader.skip(2);
      return { amount, unit: name } as const;
    });
    if (lasting) {
      result.lasting = lasting;
      changed = true;
    }
  }
  return result;
}

/** A repetition starting at the reader's token ("every …", "daily", …), or null, the reader left where it was. */
export function readRepeat(reader: TokenReader, dateAt: DateAt): RepeatRule | null {
  return reader.attempt(() => {
    const word = reader.peek() as string;
    let rule: RepeatRule | null = null;
    if (word === "every" || word === "every!" || word === "each") {
      reader.skip();
      rule = everySpec(reader);
      if (rule && word === "every!") rule.fromCompletion = true;
    } else if (Object.hasOwn(ADVERBS, word)) {
      reader.skip();
      rule = withOn(reader, (ADVERBS[word] as () => RepeatRule)());
    }
    return rule && modifiers(reader, rule, dateAt);
  });
}
