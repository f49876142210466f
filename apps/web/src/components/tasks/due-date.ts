/** A calendar date as `YYYY-MM-DD`, in the browser's time zone. */
export function isoDate(date: Date): string {
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** Today's date where the user is, as `YYYY-MM-DD`. */
export function today(now = new Date()): string {
  return isoDate(now);
}

/** `YYYY-MM-DD` → that day at local midnight. */
export function parseIsoDate(value: string): Date {
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  return new Date(year, month - 1, day);
}

/** The date `days` after `from` (`YYYY-MM-DD`), calendar days, whatever daylight saving does. */
export function addDays(from: string, days: number): string {
  const date = parseIsoDate(from);
  date.setDate(date.getDate() + days);
  return isoDate(date);
}

/** Next Monday (a week on when today is a Monday): Todoist's "Next week". */
export function nextWeek(now = new Date()): string {
  return addDays(today(now), (8 - now.getDay()) % 7 || 7);
}

export function isOverdue(dueDate: string | null, completed: boolean, now = new Date()): boolean {
  return dueDate !== null && !completed && dueDate < today(now);
}

export type DueTone = "overdue" | "today" | "soon" | "later";

/**
 * How a due date reads in a task's row, as Todoist writes it: "Today", "Tomorrow", "Yesterday",
 * a weekday within the coming week, else "Mon, Dec 8"; the year only when it is not this year.
 */
export function describeDue(dueDate: string, completed = false, now = new Date()): { label: string; tone: DueTone } {
  const todayIso = today(now);
  const date = parseIsoDate(dueDate);
  const days = Math.round((date.getTime() - parseIsoDate(todayIso).getTime()) / 86_400_000);
  const tone: DueTone =
    days < 0 ? (completed ? "later" : "overdue") : days === 0 ? "today" : days <= 6 ? "soon" : "later";
  if (days === 0) return { label: "Today", tone };
  if (days === 1) return { label: "Tomorrow", tone };
  if (days === -1) return { label: "Yesterday", tone };
  if (days > 1 && days <= 6) return { label: date.toLocaleDateString(undefined, { weekday: "long" }), tone };
  const sameYear = date.getFullYear() === now.getFullYear();
  return {
    label: date.toLocaleDateString(undefined, {
      weekday: "short",
      month: "short",
      day: "numeric",
      ...(sameYear ? {} : { year: "numeric" }),
    }),
    tone,
  };
}

/** The full date, for a tooltip or a screen reader: "Monday, December 8, 2026". */
export function longDate(dueDate: string): string {
  return parseIsoDate(dueDate).toLocaleDateString(undefined, {
    weekday: "long",
    month: "long",
    day: "numeric",
    year: "numeric",
  });
}
