import type { PlainDate } from "../plain-date";

export const FREQUENCIES = ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** RFC 5545's weekday codes, Monday first (its default WKST). */
export const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A BYDAY entry: every such weekday of the period, or (with `ordinal`) the nth one, counted back from the end when negative. */
export interface ByDay {
  weekday: Weekday;
  ordinal?: number;
}

/**
 * A recurrence rule of the subset the product takes: RFC 5545's RRULE without DTSTART (the task's due date
 * is the start), its parts FREQ, INTERVAL, BYDAY, BYMONTHDAY, BYMONTH, COUNT and UNTIL (a date).
 */
export interface Rule {
  freq: Frequency;
  /** 1 when the rule leaves it out. */
  interval: number;
  byDay?: ByDay[];
  /** ±1–31: negative counts back from the month's last day (-1 is the last). */
  byMonthDay?: number[];
  /** 1–12. */
  byMonth?: number[];
  /** How many occurrences the series has, its first due date included. */
  count?: number;
  /** The last date an occurrence may fall on. */
  until?: PlainDate;
}

/** What a series counts from: each occurrence after the previous due date, or after the day it was completed. */
export const RECURRENCE_FROM = ["due", "completion"] as const;
export type RecurrenceFrom = (typeof RECURRENCE_FROM)[number];

export const INTERVAL_MAX = 1000;
export const COUNT_MAX = 1000;
export const RULE_MAX_LENGTH = 500;
