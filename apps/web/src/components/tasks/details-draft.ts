import type { CreateTask, Task, UpdateTask } from "@todo/contracts";

/** What the details panel edits of a task. */
export type DetailsDraft = Pick<
  Task,
  "title" | "description" | "priority" | "dueDate" | "dueTime" | "recurrence" | "tags" | "reminders"
>;

const FIELDS = ["title", "description", "priority", "dueDate", "dueTime", "recurrence", "tags", "reminders"] as const;

export function detailsDraftOf(task: Task): DetailsDraft {
  return Object.fromEntries(FIELDS.map((field) => [field, task[field]])) as DetailsDraft;
}

/**
 * The fields the draft changes, as a PATCH sends them (not yet validated). Clearing the due date clears
 * its time, repeat and reminders with it on the server: those are not sent beside it.
 */
export function detailsChange(draft: DetailsDraft, task: Task): Partial<UpdateTask> {
  const change: Record<string, unknown> = {};
  for (const field of FIELDS)
    if (JSON.stringify(draft[field]) !== JSON.stringify(task[field])) change[field] = draft[field];
  if (change.dueDate === null) {
    delete change.dueTime;
    delete change.recurrence;
    delete change.reminders;
  }
  return change as Partial<UpdateTask>;
}

/**
 * The draft with a change made in the form before and not saved put back in, to be saved again: its fields over
 * the task's (the due date cleared clears its time, repeat and reminders with it, as the server would).
 */
export function withUnsaved(draft: DetailsDraft, change: Partial<UpdateTask> | null): DetailsDraft {
  if (!change) return draft;
  const fields = Object.fromEntries(FIELDS.filter((field) => field in change).map((field) => [field, change[field]]));
  const cleared = change.dueDate === null ? { dueTime: null, recurrence: null, reminders: [] } : {};
  return { ...draft, ...fields, ...cleared } as DetailsDraft;
}

/** The draft as a new task in `listId` (the Inbox when null): what was typed for a task deleted meanwhile. */
export function newTaskOf(draft: DetailsDraft, listId: number | null): CreateTask {
  const due = draft.dueDate
    ? { dueDate: draft.dueDate, dueTime: draft.dueTime, recurrence: draft.recurrence, reminders: draft.reminders }
    : {};
  const { title, description, priority, tags } = draft;
  return { title, description, priority, tags, ...due, ...(listId !== null && { listId }) };
}
