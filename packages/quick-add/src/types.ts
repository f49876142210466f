import type { TaskPriority } from "@todo/contracts";

/** A stretch of the text, `start` inclusive, `end` exclusive, in UTF-16 units (as `String#slice`). */
export interface Span {
  start: number;
  end: number;
}

export interface QuickAddContext {
  /** The user's date, in the user's time zone: `YYYY-MM-DD`. */
  today: string;
  /** The user's wall clock, `HH:MM`; without it the day is taken as just begun (00:00). */
  now?: string;
  /** The user's lists, for `^List`. */
  lists?: ReadonlyArray<{ id: number; name: string }>;
  /** Stretches the user took back (a chip removed): they stay in the title, unparsed. */
  ignore?: ReadonlyArray<Span>;
}

export type QuickAddPartKind = "tag" | "list" | "priority" | "date" | "repeat";

/** A recognised stretch of the text: what the add box shows as a chip. */
export interface QuickAddPart extends Span {
  kind: QuickAddPartKind;
  /** Exactly `text.slice(start, end)`. */
  text: string;
  /** What it means, in words: "Tomorrow 17:00", "Every Mon, Wed, Fri", "High", "#health", "Home". */
  label: string;
}

export interface QuickAddRecurrence {
  /** RFC 5545 RRULE without DTSTART (the due date is the start), e.g. `FREQ=WEEKLY;BYDAY=MO,WE,FR`. */
  rule: string;
  from: "due" | "completion";
}

export interface QuickAddResult {
  title: string;
  tags: string[];
  priority: TaskPriority;
  listId: number | null;
  /** `YYYY-MM-DD`, today or later. */
  dueDate: string | null;
  /** `HH:MM`, only with a `dueDate`. */
  dueTime: string | null;
  recurrence: QuickAddRecurrence | null;
  /** Ordered by `start`, never overlapping. */
  parts: QuickAddPart[];
}
