import { TASK_PRIORITIES, type TaskPriority } from "@todo/contracts";
import { parseDate } from "@todo/dates";
import type { Span } from "@todo/quick-add";

// The half-typed new task, kept for the tab so that a reload, a trip to sign-in or a list switch does not lose it;
// with the id of the user who typed it, for no one else to see (a session ended elsewhere leaves it behind, and the
// next person to sign in at this tab may be someone else).
const KEY = "todo:new-task-draft";

/** All of the add box's draft: its line, what its option buttons hold, and the chips taken back in the line. */
export interface NewTaskDraft {
  text: string;
  priority: TaskPriority;
  /** `YYYY-MM-DD`. */
  dueDate: string | null;
  tags: string[];
  /** Stretches of `text` the user took back (a chip removed): they stay title text. */
  ignore: Span[];
}

export const EMPTY_DRAFT: NewTaskDraft = { text: "", priority: "none", dueDate: null, tags: [], ignore: [] };

const isEmpty = (draft: NewTaskDraft) =>
  !draft.text && draft.priority === "none" && draft.dueDate === null && draft.tags.length === 0;

/**
 * The tab's draft of `userId`'s, read defensively (anything may have written it): one that is not a JSON object, or
 * is another user's (or names none, as an older page's did), is no draft, and is forgotten; a field of the object that
 * is missing or not what it should be is read as empty, the others kept.
 */
export function readDraft(userId: string): NewTaskDraft {
  const stored = sessionStorage.getItem(KEY);
  if (!stored) return EMPTY_DRAFT;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    value = null;
  }
  if (!isObject(value) || value.user !== userId) {
    sessionStorage.removeItem(KEY);
    return EMPTY_DRAFT;
  }
  const text = typeof value.text === "string" ? value.text : "";
  return {
    text,
    priority: TASK_PRIORITIES.find((priority) => priority === value.priority) ?? "none",
    dueDate: typeof value.dueDate === "string" && parseDate(value.dueDate) ? value.dueDate : null,
    tags: everyOrNone(value.tags, (tag): tag is string => typeof tag === "string"),
    ignore: everyOrNone(value.ignore, (span) => isSpanOf(span, text)).map(({ start, end }) => ({ start, end })),
  };
}

/** `userId`'s draft, kept as it is now; an empty draft (no text, nothing chosen) leaves nothing behind. */
export function saveDraft(userId: string, draft: NewTaskDraft): void {
  if (isEmpty(draft)) {
    sessionStorage.removeItem(KEY);
    return;
  }
  const { text, priority, dueDate, tags, ignore } = draft;
  const spans = ignore.map(({ start, end }) => ({ start, end }));
  sessionStorage.setItem(KEY, JSON.stringify({ user: userId, text, priority, dueDate, tags, ignore: spans }));
}

/** On sign-out: the next person at this tab must not see it. */
export function clearDraft(): void {
  sessionStorage.removeItem(KEY);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The array's items when it is an array and each of them is good; else none. */
function everyOrNone<T>(value: unknown, good: (item: unknown) => item is T): T[] {
  return Array.isArray(value) && value.every(good) ? value : [];
}

/** A stretch of `text`, not empty. */
function isSpanOf(value: unknown, text: string): value is Span {
  if (!isObject(value)) return false;
  const { start, end } = value;
  return (
    typeof start === "number" &&
    typeof end === "number" &&
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    0 <= start &&
    start < end &&
    end <= text.length
  );
}
