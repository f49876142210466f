import { fromDayNumber } from "@todo/dates";
import { SHORT_MONTHS } from "./repeat-rule";
import { formatTime } from "./time-of-day";
import { weekday } from "./weekday";

const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** A day in words, as seen from `today`: "Today", "Tomorrow", "Friday" (within the week), "Dec 24", "Jan 5, 2028". */
export function dayLabel(day: number, today: number): string {
  if (day === today) return "Today";
  if (day === today + 1) return "Tomorrow";
  if (day > today && day < today + 7) return WEEKDAY_NAMES[weekday(day)] as string;
  const { year, month, day: dayOfMonth } = fromDayNumber(day);
  const text = `${SHORT_MONTHS[month - 1]} ${dayOfMonth}`;
  return year === fromDayNumber(today).year ? text : `${text}, ${year}`;
}

/** "Tomorrow 17:00", "Dec 24", "07:30" (a time alone). */
export function dueLabel(day: number | null, minutes: number | null, today: number): string {
  const words = [day === null ? null : dayLabel(day, today), minutes === null ? null : formatTime(minutes)];
  return words.filter((word) => word !== null).join(" ");
}
