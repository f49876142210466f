/** A calendar date as `YYYY-MM-DD`, in no time zone: a due date, a day of a series. */
export type PlainDate = string;

/** A date's parts: `month` 1–12, `day` 1–31. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Mon = 0 … Sun = 6, the order of RFC 5545's weeks (WKST=MO). */
export type WeekdayIndex = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil): plain arithmetic, no `Date`, no zone. */
export function dayNumber({ year, month, day }: DateParts): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of `dayNumber` (civil_from_days). */
export function fromDayNumber(days: number): DateParts {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** `YYYY-MM-DD` → its parts; null unless it is a date that exists (no 2026-02-30). */
export function parseDate(text: string): DateParts | null {
  const match = DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function formatDate({ year, month, day }: DateParts): PlainDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date; throws on one that does not exist (the caller validated it). */
export function toDayNumber(date: PlainDate): number {
  const parts = parseDate(date);
  if (!parts) throw new RangeError(`Not a date: ${date}`);
  return dayNumber(parts);
}

export function fromDayNumberToDate(days: number): PlainDate {
  return formatDate(fromDayNumber(days));
}

/** Mon = 0 … Sun = 6 of a day number (1970-01-01 was a Thursday). */
export function weekdayOf(days: number): WeekdayIndex {
  return ((((days + 3) % 7) + 7) % 7) as WeekdayIndex;
}

/** The date `days` after `date` (before, when negative). */
export function addDays(date: PlainDate, days: number): PlainDate {
  return fromDayNumberToDate(toDayNumber(date) + days);
}

/** The last date this package's dates (`YYYY-MM-DD`, four-digit years) can hold. */
export const LAST_DATE: PlainDate = "9999-12-31";
