"use client";

import type { Task } from "@todo/contracts";
import { CheckIcon } from "lucide-react";
import { cn } from "@/lib/utils";
import { PRIORITY_LABELS, PRIORITY_RING } from "./priority";

/**
 * The round checkbox of a task, ringed in its priority's colour, as Todoist draws it. Its hit area (the label
 * around it) is 44 px on touch screens; it is not a tab stop (the row's keys complete it: x or Space).
 *
 * The platform's own checkbox, drawn by Tailwind, not Radix's: every row has one, and Radix's re-renders twice
 * right after it hydrates (it keeps its button in state from its ref to learn whether it sits in a form, then
 * drops the hidden input it drew for one): 8 components rendered again a row after hydration (decision
 * 004 § The commit after hydration). A native checkbox is a checkbox without that, keyboard and screen readers
 * included.
 */
export function TaskCheckbox({ task, onToggle }: { task: Task; onToggle: () => void }) {
  const priority = task.priority === "none" ? "" : `, ${PRIORITY_LABELS[task.priority]} priority`;
  return (
    <label className="group/check relative mt-0.5 flex size-5 shrink-0 items-center justify-center before:absolute before:-inset-3.5 before:content-[''] pointer-fine:before:-inset-1.5">
      <input
        type="checkbox"
        checked={task.completed}
        onChange={onToggle}
        tabIndex={-1}
        aria-label={`${task.completed ? "Reopen" : "Complete"} "${task.title}"${priority}`}
        className={cn(
          "peer absolute inset-0 m-0 appearance-none rounded-full border-2 outline-none transition-colors",
          PRIORITY_RING[task.priority],
          "checked:border-muted-foreground checked:bg-muted-foreground",
        )}
      />
      <CheckIcon
        aria-hidden="true"
        strokeWidth={3}
        className="pointer-events-none relative size-3 text-muted-foreground opacity-0 transition-opacity group-hover/check:opacity-60 peer-checked:text-background peer-checked:opacity-100"
      />
    </label>
  );
}
