import { plural } from "../plural";

/** How long before the due instant a reminder fires, in words: "At due time", "1 hour before", "2 days before". */
export function reminderWords(minutesBefore: number): string {
  if (minutesBefore === 0) return "At due time";
  if (minutesBefore % 1440 === 0) return `${plural(minutesBefore / 1440, "day", "days")} before`;
  if (minutesBefore % 60 === 0) return `${plural(minutesBefore / 60, "hour", "hours")} before`;
  return `${plural(minutesBefore, "minute", "minutes")} before`;
}
