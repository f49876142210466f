import type { TaskPriority } from "@todo/contracts";

export const PRIORITY_LABELS: Record<TaskPriority, string> = {
  none: "No priority",
  low: "Low",
  medium: "Medium",
  high: "High",
};

/** The ring of a task's round checkbox and the colour of its flag, from the design tokens. */
export const PRIORITY_RING: Record<TaskPriority, string> = {
  none: "border-priority-none",
  low: "border-priority-low bg-priority-low/10",
  medium: "border-priority-medium bg-priority-medium/10",
  high: "border-priority-high bg-priority-high/10",
};

export const PRIORITY_TEXT: Record<TaskPriority, string> = {
  none: "text-muted-foreground",
  low: "text-priority-low",
  medium: "text-priority-medium",
  high: "text-priority-high",
};
