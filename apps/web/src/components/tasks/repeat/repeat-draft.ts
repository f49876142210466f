import type { Recurrence } from "@todo/contracts";
import {
  addDays,
  type Frequency,
  firstOccurrenceOnOrAfter,
  formatRule,
  type PlainDate,
  parseRule,
  type RecurrenceFrom,
  type Rule,
  WEEKDAYS,
  type Weekday,
} from "@todo/dates";

export const WEEKDAY_NAMES: Record<Weekday, string> = {
  MO: "Monday",
  TU: "Tuesday",
  WE: "Wednesday",
  TH: "Thursday",
  FR: "Friday",
  SA: "Saturday",
  SU: "Sunday",
};
export const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** The nth weekday of a month a rule can name: first to fourth, or the last. */
export const ORDINALS = [
  [1, "first"],
  [2, "second"],
  [3, "third"],
  [4, "fourth"],
  [-1, "last"],
] as const;

/** 1st, 2nd, 3rd, 4th, 11th, 21st… */
export function nth(n: number): string {
  const tens = n % 100;
  return `${n}${tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th")}`;
}

/** What a date is in a month and a week: its weekday, day, month, and which of its weekday it is (the last in the last week). */
export function dateFacts(date: PlainDate) {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const monthLength = new Date(year, month, 0).getDate();
  const weekday = WEEKDAYS[(new Date(year, month - 1, day).getDay() + 6) % 7] as Weekday;
  const ordinal = day + 7 > monthLength ? -1 : Math.ceil(day / 7);
  return { weekday, day, month, ordinal };
}

export interface RepeatPreset {
  id: string;
  label: string;
  rule: Rule;
}

/** The one-click repeats, each drawn from `base` (the due date, or today): its weekday, its day of the month. */
export function repeatPresets(base: PlainDate): RepeatPreset[] {
  const { weekday, day, month, ordinal } = dateFacts(base);
  const ordinalWord = ORDINALS.find(([n]) => n === ordinal)?.[1] ?? "";
  return [
    { id: "daily", label: "Daily", rule: { freq: "DAILY", interval: 1 } },
    {
      id: "weekdays",
      label: "Weekdays (Mon–Fri)",
      rule: { freq: "WEEKLY", interval: 1, byDay: WEEKDAYS.slice(0, 5).map((w) => ({ weekday: w })) },
    },
    {
      id: "weekly",
      label: `Weekly on ${WEEKDAY_NAMES[weekday]}`,
      rule: { freq: "WEEKLY", interval: 1, byDay: [{ weekday }] },
    },
    {
      id: "monthly-day",
      label: `Monthly on the ${nth(day)}`,
      rule: { freq: "MONTHLY", interval: 1, byMonthDay: [day] },
    },
    {
      id: "monthly-weekday",
      label: `Monthly on the ${ordinalWord} ${WEEKDAY_NAMES[weekday]}`,
      rule: { freq: "MONTHLY", interval: 1, byDay: [{ weekday, ordinal }] },
    },
    {
      id: "yearly",
      label: `Yearly on ${day} ${MONTH_NAMES[month - 1]}`,
      rule: { freq: "YEARLY", interval: 1, byMonth: [month], byMonthDay: [day] },
    },
  ];
}

/** The preset a recurrence is, if it is one (rules compared as the API spells them). */
export function presetOf(recurrence: Recurrence | null, base: PlainDate): RepeatPreset | null {
  if (!recurrence) return null;
  return repeatPresets(base).find((preset) => formatRule(preset.rule) === recurrence.rule) ?? null;
}

/** A custom repeat as its form holds it: every part the form shows, whichever the frequency uses. */
export interface RepeatDraft {
  freq: Frequency;
  interval: number;
  /** WEEKLY: the days of the week. */
  weekdays: Weekday[];
  /** MONTHLY: on a day of the month, or on the nth weekday. */
  monthly: "day" | "weekday";
  /** 1–31, or -1 for the last day. */
  monthDay: number;
  /** 1–4, or -1 for the last. */
  ordinal: number;
  weekday: Weekday;
  /** YEARLY: the month (1–12) and day. */
  yearMonth: number;
  yearDay: number;
  end: "never" | "count" | "until";
  count: number;
  until: PlainDate;
  from: RecurrenceFrom;
}

/** The form of a recurrence (a rule it cannot show whole starts from its first parts), or of a weekly one from `base`. */
export function draftOf(recurrence: Recurrence | null, base: PlainDate): RepeatDraft {
  const facts = dateFacts(base);
  const draft: RepeatDraft = {
    freq: "WEEKLY",
    interval: 1,
    weekdays: [facts.weekday],
    monthly: "day",
    monthDay: facts.day,
    ordinal: facts.ordinal,
    weekday: facts.weekday,
    yearMonth: facts.month,
    yearDay: facts.day,
    end: "never",
    count: 10,
    until: addDays(base, 30),
    from: recurrence?.from ?? "due",
  };
  const parsed = recurrence && parseRule(recurrence.rule);
  if (!parsed?.ok) return draft;
  const { rule } = parsed;
  draft.freq = rule.freq;
  draft.interval = rule.interval;
  const plainDays = rule.byDay?.filter((d) => d.ordinal === undefined).map((d) => d.weekday) ?? [];
  const nthDay = rule.byDay?.find((d) => d.ordinal !== undefined);
  if (plainDays.length) draft.weekdays = plainDays;
  if (rule.freq === "MONTHLY" && nthDay) {
    draft.monthly = "weekday";
    draft.weekday = nthDay.weekday;
    draft.ordinal = ORDINALS.some(([n]) => n === nthDay.ordinal) ? (nthDay.ordinal as number) : facts.ordinal;
  }
  if (rule.byMonthDay?.[0] !== undefined) {
    draft.monthDay = Math.max(rule.byMonthDay[0], -1);
    if (rule.byMonthDay[0] > 0) draft.yearDay = rule.byMonthDay[0];
  }
  if (rule.byMonth?.[0] !== undefined) draft.yearMonth = rule.byMonth[0];
  if (rule.count !== undefined) Object.assign(draft, { end: "count", count: rule.count });
  if (rule.until !== undefined) Object.assign(draft, { end: "until", until: rule.until });
  return draft;
}

/** The rule a custom repeat's form makes; null while it makes none (a weekly repeat on no day). */
export function ruleOf(draft: RepeatDraft): Rule | null {
  const rule: Rule = { freq: draft.freq, interval: draft.interval };
  if (draft.freq === "WEEKLY") {
    if (!draft.weekdays.length) return null;
    rule.byDay = WEEKDAYS.filter((w) => draft.weekdays.includes(w)).map((weekday) => ({ weekday }));
  } else if (draft.freq === "MONTHLY") {
    if (draft.monthly === "day") rule.byMonthDay = [draft.monthDay];
    else rule.byDay = [{ weekday: draft.weekday, ordinal: draft.ordinal }];
  } else if (draft.freq === "YEARLY") {
    rule.byMonth = [draft.yearMonth];
    rule.byMonthDay = [draft.yearDay];
  }
  if (draft.end === "count") rule.count = draft.count;
  if (draft.end === "until") rule.until = draft.until;
  return rule;
}

/**
 * The due date a task gets with a new repeat: a task's due date is always one of its occurrences, so
 * the first on or after its due date (or today, for a task without one). Null when the rule has ended
 * by then (its UNTIL is past).
 */
export function startOf(rule: Rule, dueDate: PlainDate | null, today: PlainDate): PlainDate | null {
  return firstOccurrenceOnOrAfter(rule, dueDate ?? today);
}
