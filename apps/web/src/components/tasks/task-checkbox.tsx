"use client";

import type { Task } from "@todo/contracts";
import { CheckIcon } from "lucide-react";
import { Checkbox as CheckboxPrimitive } from "radix-ui";
import { cn } from "@/lib/utils";
import { PRIORITY_LABELS, PRIORITY_RING } from "./priority";

/**
 * The round checkbox of a task, ringed in its priority's colour, as Todoist draws it. Its hit area
 * is 44 px on touch screens; it is not a tab stop (the row's keys complete it: x or Space).
 */
export function TaskCheckbox({ task, onToggle }: { task: Task; onToggle: () => void }) {
  const priority = task.priority === "none" ? "" : `, ${PRIORITY_LABELS[task.priority]} priority`;
  return (
    <CheckboxPrimitive.Root
      checked={task.completed}
      onCheckedChange={onToggle}
      tabIndex={-1}
      aria-label={`${task.completed ? "Reopen" : "Complete"} "${task.title}"${priority}`}
      className={cn(
        "group/check relative mt-0.5 flex size-5 shrink-0 items-center justify-center rounded-full border-2 outline-none transition-colors",
        "before:absolute before:-inset-3.5 before:content-[''] pointer-fine:before:-inset-1.5",
        PRIORITY_RING[task.priority],
        "data-[state=checked]:border-muted-foreground data-[state=checked]:bg-muted-foreground",
      )}
    >
      <CheckIcon
        aria-hidden="true"
        strokeWidth={3}
        className="size-3 text-muted-foreground opacity-0 transition-opacity group-hover/check:opacity-60 group-data-[state=checked]/check:text-background group-data-[state=checked]/check:opacity-100"
      />
    </CheckboxPrimitive.Root>
  );
}
