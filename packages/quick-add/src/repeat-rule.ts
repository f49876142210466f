import { fromDayNumber } from "@todo/dates";

export type Frequency = "DAILY" | "WEEKLY" | "MONTHLY" | "YEARLY";

/** A weekday (0 = Sunday), with an ordinal in the month (1–5, -1 for the last) or 0 for every one. */
export interface WeekdayRule {
  weekday: number;
  ordinal: number;
}

/** A repetition as read from the text, before it is written as an RRULE. */
export interface RepeatRule {
  frequency: Frequency;
  interval: number;
  byDay: WeekdayRule[];
  /** 1–31, or -1 for the last day. */
  byMonthDay: number[];
  byMonth: number[];
  count: number | null;
  /** Day number of the last day the series may reach. */
  until: number | null;
  /** "for 2 weeks": becomes `until` once the first occurrence is known. */
  lasting: { amount: number; unit: "day" | "week" | "month" | "year" } | null;
  fromCompletion: boolean;
}

export const newRule = (frequency: Frequency, interval = 1): RepeatRule => ({
  frequency,
  interval,
  byDay: [],
  byMonthDay: [],
  byMonth: [],
  count: null,
  until: null,
  lasting: null,
  fromCompletion: false,
});

const RRULE_DAYS = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];
const SHORT_DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
export const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WORKWEEK = "1,2,3,4,5";
const WEEKEND = "6,0";

const pad = (value: number) => String(value).padStart(2, "0");
// Monday first, as people list them.
const mondayFirst = (days: WeekdayRule[]) => [...days].sort((a, b) => ((a.weekday + 6) % 7) - ((b.weekday + 6) % 7));
const plainDays = (rule: RepeatRule) =>
  rule.byDay.every((day) => day.ordinal === 0)
    ? mondayFirst(rule.byDay)
        .map((day) => day.weekday)
        .join(",")
    : null;

/** RFC 5545 RRULE, without DTSTART: `FREQ=MONTHLY;BYDAY=-1FR`. */
export function toRRule(rule: RepeatRule): string {
  const parts = [`FREQ=${rule.frequency}`];
  if (rule.interval > 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.byMonth.length) parts.push(`BYMONTH=${rule.byMonth.join(",")}`);
  if (rule.byMonthDay.length) parts.push(`BYMONTHDAY=${rule.byMonthDay.join(",")}`);
  if (rule.byDay.length) {
    const days = mondayFirst(rule.byDay).map((day) => `${day.ordinal || ""}${RRULE_DAYS[day.weekday]}`);
    parts.push(`BYDAY=${days.join(",")}`);
  }
  if (rule.count !== null) parts.push(`COUNT=${rule.count}`);
  if (rule.until !== null) {
    const { year, month, day } = fromDayNumber(rule.until);
    parts.push(`UNTIL=${String(year).padStart(4, "0")}${pad(month)}${pad(day)}`);
  }
  return parts.join(";");
}

const UNITS = { DAILY: "day", WEEKLY: "week", MONTHLY: "month", YEARLY: "year" } as const;
function ordinalWord(value: number): string {
  if (value === -1) return "last";
  const suffix =
    value % 10 === 1 && value !== 11
      ? "st"
      : value % 10 === 2 && value !== 12
        ? "nd"
        : value % 10 === 3 && value !== 13
          ? "rd"
          : "th";
  return `${value}${suffix}`;
}
const list = (words: string[]) =>
  words.length > 1 ? `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}` : (words[0] ?? "");

function every(rule: RepeatRule): string {
  const days = plainDays(rule);
  if (rule.frequency === "WEEKLY" && rule.interval === 1 && days === WORKWEEK) return "Every weekday";
  if (rule.frequency === "WEEKLY" && rule.interval === 1 && days === WEEKEND) return "Every weekend";
  const unit = UNITS[rule.frequency];
  const base = rule.interval > 1 ? `Every ${rule.interval} ${unit}s` : `Every ${unit}`;
  if (rule.frequency === "WEEKLY" && rule.byDay.length) {
    const names = mondayFirst(rule.byDay).map((day) => SHORT_DAYS[day.weekday] as string);
    return rule.interval > 1 ? `${base} on ${names.join(", ")}` : `Every ${names.join(", ")}`;
  }
  if (rule.byMonth.length && rule.byMonthDay.length) {
    return `${base} on ${SHORT_MONTHS[(rule.byMonth[0] as number) - 1]} ${rule.byMonthDay[0]}`;
  }
  if (rule.byMonthDay.length) {
    const words = rule.byMonthDay.map((day) => (day === -1 ? "last day" : ordinalWord(day)));
    return `${base} on the ${list(words)}`;
  }
  if (rule.byDay.length) {
    const words = rule.byDay.map((day) => `${ordinalWord(day.ordinal)} ${SHORT_DAYS[day.weekday]}`);
    return `${base} on the ${list(words)}`;
  }
  return base;
}

/** The repetition in words, for its chip: "Every Mon, Wed, Fri", "Every month on the last Fri". */
export function describeRule(rule: RepeatRule, formatDay: (day: number) => string): string {
  let text = every(rule);
  if (rule.fromCompletion) text += " after completion";
  if (rule.count !== null) text += `, ${rule.count} times`;
  if (rule.until !== null) text += ` until ${formatDay(rule.until)}`;
  return text;
}
