import { parseDate } from "./plain-date";
import { parseRule } from "./rule/parse-rule";
import type { ByDay, RecurrenceFrom, Rule, Weekday } from "./rule/rule";

const SHORT_DAYS: Record<Weekday, string> = {
  MO: "Mon",
  TU: "Tue",
  WE: "Wed",
  TH: "Thu",
  FR: "Fri",
  SA: "Sat",
  SU: "Sun",
};
const LONG_DAYS: Record<Weekday, string> = {
  MO: "Monday",
  TU: "Tuesday",
  WE: "Wednesday",
  TH: "Thursday",
  FR: "Friday",
  SA: "Saturday",
  SU: "Sunday",
};
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const UNITS = { DAILY: "day", WEEKLY: "week", MONTHLY: "month", YEARLY: "year" } as const;
const ORDINAL_WORDS = ["", "first", "second", "third", "fourth", "fifth"];
const WORKWEEK = "MO,TU,WE,TH,FR";

/** "a", "a and b", "a, b and c". */
function joined(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** 1st, 2nd, 3rd, 4th, 11th, 21st … */
function nth(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** first … fifth, 20th; last, second to last, 10th to last. */
function ordinal(n: number): string {
  if (n === -1) return "last";
  const word = (k: number) => ORDINAL_WORDS[k] ?? nth(k);
  return n > 0 ? word(n) : `${word(-n)} to last`;
}

function monthDay(d: number): string {
  return d === -1 ? "last day" : d > 0 ? nth(d) : `${ordinal(d)} day`;
}

function byDayWords(byDay: ByDay[]): string {
  if (byDay.every((entry) => entry.ordinal === undefined)) return joined(byDay.map((e) => SHORT_DAYS[e.weekday]));
  return joined(
    byDay.map((e) =>
      e.ordinal === undefined ? `every ${LONG_DAYS[e.weekday]}` : `${ordinal(e.ordinal)} ${LONG_DAYS[e.weekday]}`,
    ),
  );
}

/** "24 Dec 2026": the same words in every browser, whatever its locale. */
function dayMonthYear(date: string): string {
  const parts = parseDate(date);
  return parts ? `${parts.day} ${MONTHS[parts.month - 1]} ${parts.year}` : date;
}

function head(rule: Rule): string {
  const unit = UNITS[rule.freq];
  return rule.interval === 1 ? `Every ${unit}` : `Every ${rule.interval} ${unit}s`;
}

/** What the rule adds to "Every …": the days, weeks or months it picks. */
function which(rule: Rule): string {
  const { byDay, byMonthDay, byMonth } = rule;
  const months = byMonth && joined(byMonth.map((m) => MONTHS[m - 1] as string));
  const days = byMonthDay && joined(byMonthDay.map(monthDay));
  const weekdays = byDay && byDayWords(byDay);
  const plainWeekdays = byDay?.every((entry) => entry.ordinal === undefined);
  const parts: string[] = [];
  if (
    rule.freq === "YEARLY" &&
    byMonth?.length === 1 &&
    byMonthDay?.length === 1 &&
    (byMonthDay[0] ?? 0) > 0 &&
    !byDay
  ) {
    return ` on ${byMonthDay[0]} ${months}`;
  }
  if (days) parts.push(`on the ${days}${rule.freq === "YEARLY" && months ? ` of ${months}` : ""}`);
  if (weekdays) {
    const within = rule.freq === "YEARLY" ? (months ? ` of ${months}` : " of the year") : "";
    if (days) parts.push(`if a ${weekdays}`);
    else if (plainWeekdays)
      parts.push(
        `on ${rule.freq === "MONTHLY" || rule.freq === "YEARLY" ? "every " : ""}${weekdays}${months && rule.freq === "YEARLY" ? ` in ${months}` : ""}`,
      );
    else parts.push(`on the ${weekdays}${within}`);
  }
  if (months && !(rule.freq === "YEARLY" && (days || weekdays))) parts.push(`in ${months}`);
  return parts.length ? ` ${parts.join(" ")}` : "";
}

function ending(rule: Rule): string {
  if (rule.count !== undefined) return rule.count === 1 ? ", once" : `, ${rule.count} times`;
  if (rule.until !== undefined) return `, until ${dayMonthYear(rule.until)}`;
  return "";
}

/**
 * The rule in English, for the UI: "Every 2 weeks on Mon and Thu", "Every month on the last Friday",
 * "Every weekday", "Every 3 days after completion", "Every year on 29 Feb, 5 times", "…, until 24 Dec 2026".
 */
export function describeRule(rule: Rule, from: RecurrenceFrom = "due"): string {
  const days = rule.byDay?.map((entry) => (entry.ordinal === undefined ? entry.weekday : "")).join(",");
  const onlyDays =
    !rule.byMonth && !rule.byMonthDay && rule.interval === 1 && (rule.freq === "DAILY" || rule.freq === "WEEKLY");
  let text: string;
  if (onlyDays && days === WORKWEEK) text = "Every weekday";
  else if (onlyDays && days === `${WORKWEEK},SA,SU`) text = "Every day";
  else text = `${head(rule)}${which(rule)}`;
  return `${text}${from === "completion" ? " after completion" : ""}${ending(rule)}`;
}

/** A task's recurrence as the API answers it, in words; a rule this version cannot read is shown as it is. */
export function describeRecurrence({ rule, from }: { rule: string; from: RecurrenceFrom }): string {
  const parsed = parseRule(rule);
  return parsed.ok ? describeRule(parsed.rule, from) : rule;
}
