import { daysInMonth, formatDate, parseDate } from "../plain-date";
import {
  type ByDay,
  COUNT_MAX,
  FREQUENCIES,
  type Frequency,
  INTERVAL_MAX,
  RULE_MAX_LENGTH,
  type Rule,
  WEEKDAYS,
  type Weekday,
} from "./rule";

/** What is wrong with a rule: the part at fault (`FREQ`, `BYDAY`, …; "" for the rule as a whole) and why. */
export interface RuleProblem {
  part: string;
  message: string;
}

export type ParsedRule = { ok: true; rule: Rule } | { ok: false; problems: RuleProblem[] };

const SUPPORTED = "FREQ, INTERVAL, BYDAY, BYMONTHDAY, BYMONTH, COUNT and UNTIL";
const KNOWN_UNSUPPORTED = new Set(["BYSETPOS", "BYYEARDAY", "BYWEEKNO", "BYHOUR", "BYMINUTE", "BYSECOND", "WKST"]);
const BYDAY_ENTRY = /^([+-]?)(\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;
const WHOLE = /^\d{1,9}$/;

class Problems {
  readonly list: RuleProblem[] = [];
  add(part: string, message: string): undefined {
    this.list.push({ part, message });
    return undefined;
  }
}

function wholeNumber(problems: Problems, part: string, value: string, max: number): number | undefined {
  const n = WHOLE.test(value) ? Number(value) : Number.NaN;
  if (!(n >= 1 && n <= max)) return problems.add(part, `${part} must be a whole number from 1 to ${max}`);
  return n;
}

/** A comma-separated list, each entry read by `read` (undefined for a bad one, already reported); duplicates dropped. */
function listOf<T>(value: string, read: (entry: string) => T | undefined): T[] | undefined {
  const values = value.split(",").map(read);
  if (values.some((entry) => entry === undefined)) return undefined;
  const seen = new Set<string>();
  return (values as T[]).filter((entry) => {
    const key = JSON.stringify(entry);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function signedInRange(problems: Problems, part: string, entry: string, max: number): number | undefined {
  const n = /^[+-]?\d{1,2}$/.test(entry) ? Number(entry) : Number.NaN;
  if (!(n !== 0 && Math.abs(n) <= max)) {
    return problems.add(
      part,
      `${part} takes days from 1 to ${max} or -${max} to -1 (from the end), comma-separated; got "${entry}"`,
    );
  }
  return n;
}

function byDayEntry(problems: Problems, freq: Frequency | undefined, entry: string): ByDay | undefined {
  const match = BYDAY_ENTRY.exec(entry);
  if (!match) {
    return problems.add(
      "BYDAY",
      `BYDAY takes weekdays (MO, TU, WE, TH, FR, SA, SU), each maybe after an ordinal (1MO, -1FR); got "${entry}"`,
    );
  }
  const weekday = match[3] as Weekday;
  if (match[2] === undefined) {
    if (match[1]) return problems.add("BYDAY", `A sign needs an ordinal after it ("${entry}")`);
    return { weekday };
  }
  const ordinal = Number(`${match[1]}${match[2]}`);
  if (freq !== "MONTHLY" && freq !== "YEARLY") {
    return problems.add("BYDAY", `BYDAY takes ordinals (1MO, -1FR) only with FREQ=MONTHLY or YEARLY; got "${entry}"`);
  }
  if (ordinal === 0) return problems.add("BYDAY", `An ordinal is not 0 ("${entry}")`);
  return { weekday, ordinal };
}

function untilDate(problems: Problems, value: string): string | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  const parts = match && parseDate(`${match[1]}-${match[2]}-${match[3]}`);
  if (!parts) {
    return problems.add(
      "UNTIL",
      `UNTIL must be a date that exists, as YYYYMMDD (the due date is a date, so UNTIL is one too); got "${value}"`,
    );
  }
  return formatDate(parts);
}

/** The parts a valid rule has, read one by one; each problem is reported against its part. */
function readParts(problems: Problems, text: string): Map<string, string> | undefined {
  const parts = new Map<string, string>();
  for (const part of text.split(";")) {
    const eq = part.indexOf("=");
    const name = (eq < 0 ? part : part.slice(0, eq)).trim();
    if (eq < 0 || name === "") {
      problems.add(name, `Each part of a rule is NAME=VALUE, separated by ";" (got "${part}")`);
      continue;
    }
    if (parts.has(name)) problems.add(name, `${name} is given twice`);
    else parts.set(name, part.slice(eq + 1).trim());
  }
  return problems.list.length ? undefined : parts;
}

/**
 * Reads a rule of the product's RRULE subset (names and weekdays in any case), or says what is wrong with it,
 * part by part. The rule a task stores is `formatRule` of the result: its parts in one order, duplicates dropped.
 */
export function parseRule(input: string): ParsedRule {
  const problems = new Problems();
  const text = input.trim().toUpperCase();
  if (text === "")
    return { ok: false, problems: [{ part: "", message: "A rule is needed, such as FREQ=WEEKLY;BYDAY=MO" }] };
  if (input.length > RULE_MAX_LENGTH) {
    return { ok: false, problems: [{ part: "", message: `A rule is at most ${RULE_MAX_LENGTH} characters` }] };
  }
  if (/^(RRULE|DTSTART|EXDATE|RDATE)[:;]/.test(text)) {
    return {
      ok: false,
      problems: [
        {
          part: "",
          message:
            "Send only the rule's parts (FREQ=…;…), without RRULE:, DTSTART or EXDATE: the due date is the start",
        },
      ],
    };
  }
  const parts = readParts(problems, text);
  if (!parts) return { ok: false, problems: problems.list };

  for (const name of parts.keys()) {
    if (["FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "COUNT", "UNTIL"].includes(name)) continue;
    problems.add(
      name,
      KNOWN_UNSUPPORTED.has(name)
        ? `${name} is not supported: a rule takes ${SUPPORTED}`
        : `${name} is not a rule part: a rule takes ${SUPPORTED}`,
    );
  }

  const freqText = parts.get("FREQ");
  let freq: Frequency | undefined;
  if (freqText === undefined) problems.add("FREQ", "FREQ is required: DAILY, WEEKLY, MONTHLY or YEARLY");
  else if ((FREQUENCIES as readonly string[]).includes(freqText)) freq = freqText as Frequency;
  else
    problems.add(
      "FREQ",
      `FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY (a due date repeats by days at the finest); got "${freqText}"`,
    );

  const rule: Partial<Rule> = { freq, interval: 1 };
  const interval = parts.get("INTERVAL");
  if (interval !== undefined) rule.interval = wholeNumber(problems, "INTERVAL", interval, INTERVAL_MAX);
  const count = parts.get("COUNT");
  if (count !== undefined) rule.count = wholeNumber(problems, "COUNT", count, COUNT_MAX);
  const until = parts.get("UNTIL");
  if (until !== undefined) rule.until = untilDate(problems, until);
  if (count !== undefined && until !== undefined)
    problems.add("UNTIL", "A rule ends with COUNT or with UNTIL, not both");

  const byMonth = parts.get("BYMONTH");
  if (byMonth !== undefined) {
    rule.byMonth = listOf(byMonth, (entry) => {
      const n = /^\d{1,2}$/.test(entry) ? Number(entry) : 0;
      if (n >= 1 && n <= 12) return n;
      return problems.add("BYMONTH", `BYMONTH takes months from 1 to 12, comma-separated; got "${entry}"`);
    })?.sort((a, b) => a - b);
  }
  const byMonthDay = parts.get("BYMONTHDAY");
  if (byMonthDay !== undefined) {
    if (freq === "WEEKLY")
      problems.add("BYMONTHDAY", "BYMONTHDAY cannot go with FREQ=WEEKLY (RFC 5545): use FREQ=MONTHLY");
    rule.byMonthDay = listOf(byMonthDay, (entry) => signedInRange(problems, "BYMONTHDAY", entry, 31))?.sort((a, b) =>
      a > 0 === b > 0 ? a - b : b - a,
    );
  }
  const byDay = parts.get("BYDAY");
  if (byDay !== undefined) {
    rule.byDay = listOf(byDay, (entry) => byDayEntry(problems, freq, entry))?.sort(
      (a, b) => WEEKDAYS.indexOf(a.weekday) - WEEKDAYS.indexOf(b.weekday) || (a.ordinal ?? 0) - (b.ordinal ?? 0),
    );
    // Within a month an ordinal reaches 5 at most; within a year (YEARLY without BYMONTH), 53.
    const most = freq === "YEARLY" && byMonth === undefined ? 53 : 5;
    const beyond = rule.byDay?.find((entry) => Math.abs(entry.ordinal ?? 0) > most);
    if (beyond) {
      problems.add(
        "BYDAY",
        `An ordinal is at most ${most} here (${freq === "YEARLY" && byMonth === undefined ? "weeks of a year" : "weeks of a month"}); got ${beyond.ordinal}${beyond.weekday}`,
      );
    }
  }
  if (
    rule.byMonthDay &&
    rule.byMonth &&
    !rule.byMonth.some((m) => rule.byMonthDay?.some((d) => Math.abs(d) <= daysInMonth(2000, m)))
  ) {
    problems.add("BYMONTHDAY", "No month in BYMONTH has such a day, so the rule never happens");
  }

  if (problems.list.length) return { ok: false, problems: problems.list };
  return { ok: true, rule: rule as Rule };
}
