import type { TaskPriority } from "@todo/contracts";
import { MASK, type Scan } from "./scan";
import type { QuickAddPart } from "./types";

const PRIORITIES: Record<string, Exclude<TaskPriority, "none">> = {
  high: "high",
  "1": "high",
  medium: "medium",
  med: "medium",
  "2": "medium",
  low: "low",
  "3": "low",
};
const LABELS = { high: "High", medium: "Medium", low: "Low" } as const;
const PRIORITY = new RegExp(`(^|\\s)(!(high|medium|med|low|[123]))(?=$|[\\s.,;:!?)${MASK}])`, "giu");

/** `!high`, `!medium` (`!med`), `!low`, or Todoist's `!1`–`!3` (1 highest); of several, the last counts. */
export function recognisePriority(scan: Scan): { priority: TaskPriority; part: QuickAddPart | null } {
  let found: { priority: Exclude<TaskPriority, "none">; part: QuickAddPart } | null = null;
  for (const match of scan.masked().matchAll(PRIORITY)) {
    const priority = PRIORITIES[(match[3] as string).toLowerCase()] as Exclude<TaskPriority, "none">;
    const start = match.index + (match[1] as string).length;
    const text = match[2] as string;
    found = { priority, part: { kind: "priority", start, end: start + text.length, text, label: LABELS[priority] } };
  }
  if (found) scan.take(found.part);
  return found ?? { priority: "none", part: null };
}
