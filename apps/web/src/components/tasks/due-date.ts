import { addDays, type PlainDate, type WallTime, wallClockNow } from "@todo/dates";
import { formatDay } from "./date-words";

export { addDays };

/**
 * The user's wall clock: the date and time where the user is, by their time zone setting (not the
 * device's). "Today", "overdue", Today and Upcoming are judged on it.
 */
export interface UserClock {
  today: PlainDate;
  time: WallTime;
}

/** The wall clock in `zone` at `now`. */
export function userClock(zone: string, now = new Date()): UserClock {
  const { date, time } = wallClockNow(zone, now);
  return { today: date, time };
}

/** A calendar date as `YYYY-MM-DD`, from a `Date` at that day's local midnight (as a date picker gives it). */
export function isoDate(date: Date): string {
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` → that day at local midnight, for a date picker and for formatting. */
export function parseIsoDate(value: string): Date {
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  return new Date(year, month - 1, day);
}

/** Days from `from` to `to` (both `YYYY-MM-DD`), whatever daylight saving does. */
function daysBetween(from: string, to: string): number {
  return Math.round((parseIsoDate(to).getTime() - parseIsoDate(from).getTime()) / 86_400_000);
}

/** Next Monday (a week on when today is a Monday): Todoist's "Next week". */
export function nextWeek(today: PlainDate): PlainDate {
  return addDays(today, (8 - parseIsoDate(today).getDay()) % 7 || 7);
}

export interface Due {
  dueDate: string | null;
  dueTime: string | null;
}

/** Past due, for the user: a date before today, or today at a time that has come (a task due 17:00 is overdue at 17:00). */
export function isOverdue({ dueDate, dueTime }: Due, completed: boolean, clock: UserClock): boolean {
  if (dueDate === null || completed) return false;
  return dueDate < clock.today || (dueDate === clock.today && dueTime !== null && dueTime <= clock.time);
}

export type DueTone = "overdue" | "today" | "soon" | "later";

/**
 * How a due date (and time) reads in a task's row, as Todoist writes it: "Today", "Tomorrow 17:00",
 * "Yesterday", a weekday within the coming week ("Thursday 09:30"), else "Mon, Dec 8"; the year only
 * when it is not this year. Dates in `locale` (the runtime's when left out); times as `HH:MM`.
 */
export function describeDue(
  due: Due & { dueDate: string },
  completed: boolean,
  clock: UserClock,
  locale?: string,
): { label: string; tone: DueTone } {
  const days = daysBetween(clock.today, due.dueDate);
  const tone: DueTone = isOverdue(due, completed, clock)
    ? "overdue"
    : days < 0
      ? "later"
      : days === 0
        ? "today"
        : days <= 6
          ? "soon"
          : "later";
  return { label: dueLabel(due, clock.today, locale), tone };
}

/** `describeDue`'s label alone, which depends on the date only (not the time): "Tomorrow 17:00", "Friday". */
export function dueLabel(due: Due & { dueDate: string }, today: PlainDate, locale?: string): string {
  const days = daysBetween(today, due.dueDate);
  return [dayWords(due.dueDate, days, today, locale), due.dueTime].filter(Boolean).join(" ");
}

function dayWords(dueDate: string, days: number, today: string, locale: string | undefined): string {
  if (days === 0) return "Today";
  if (days === 1) return "Tomorrow";
  if (days === -1) return "Yesterday";
  if (days > 1 && days <= 6) return formatDay(dueDate, "weekday", locale);
  const sameYear = dueDate.slice(0, 4) === today.slice(0, 4);
  return formatDay(dueDate, sameYear ? "short" : "shortWithYear", locale);
}

/** The full date, for a tooltip or a screen reader: "Monday, December 8, 2026". */
export function longDate(dueDate: string, locale?: string): string {
  return formatDay(dueDate, "long", locale);
}
