import { type TaskPriority, tagKey } from "@todo/contracts";
import type { QuickAddPart, QuickAddPartKind, QuickAddResult } from "@todo/quick-add";

/** What the add box's icon buttons hold: the priority, due date and tags chosen with them. */
export interface ChosenOptions {
  priority: TaskPriority;
  dueDate: string | null;
  tags: string[];
}

export interface NewTaskFields {
  title: string;
  priority: TaskPriority;
  tags: string[];
  dueDate: string | null;
  dueTime: string | null;
  recurrence: QuickAddResult["recurrence"];
  /** The list `^List` named; undefined for the page's own. */
  listId?: number;
}

/**
 * The task the add box makes: what the line says (once parsed), else what the icon buttons hold; tags
 * from both. A button choice takes the line's words for its field out of the line (see `withoutParts`),
 * so whichever was done last wins, and the chips and buttons always show what Enter makes.
 */
export function newTaskFields(text: string, parsed: QuickAddResult | null, chosen: ChosenOptions): NewTaskFields {
  const tags = [...(parsed?.tags ?? [])];
  for (const tag of chosen.tags) if (!tags.some((t) => tagKey(t) === tagKey(tag))) tags.push(tag);
  const dueDate = parsed?.dueDate ?? chosen.dueDate;
  return {
    title: parsed ? parsed.title : text.trim(),
    priority: parsed && parsed.priority !== "none" ? parsed.priority : chosen.priority,
    tags,
    dueDate,
    dueTime: parsed?.dueDate ? parsed.dueTime : null,
    recurrence: parsed?.recurrence ?? null,
    ...(parsed?.listId != null && { listId: parsed.listId }),
  };
}

/** The line without the words of the parts of these kinds (and the spaces they leave doubled). */
export function withoutParts(text: string, parts: readonly QuickAddPart[], kinds: readonly QuickAddPartKind[]): string {
  let result = text;
  for (const part of [...parts].filter((p) => kinds.includes(p.kind)).sort((a, b) => b.start - a.start)) {
    const before = result.slice(0, part.start).replace(/\s+$/u, "");
    const after = result.slice(part.end).replace(/^\s+/u, "");
    result = before && after ? `${before} ${after}` : before + after;
  }
  return result;
}
