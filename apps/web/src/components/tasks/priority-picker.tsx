"use client";

import { TASK_PRIORITIES, type TaskPriority } from "@todo/contracts";
import { FlagIcon } from "lucide-react";
import type { ReactNode } from "react";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { cn } from "@/lib/utils";
import { PRIORITY_LABELS, PRIORITY_TEXT } from "./priority";

interface PriorityPickerProps {
  value: TaskPriority;
  onChange: (priority: TaskPriority) => void;
  /** The trigger (a button); it gets the menu's ARIA attributes. */
  children: ReactNode;
  /** Open as it mounts (its button was clicked before it could be). */
  defaultOpen?: boolean;
}

/** Priority from a menu of flags, highest first. */
export function PriorityPicker({ value, onChange, children, defaultOpen }: PriorityPickerProps) {
  return (
    <DropdownMenu defaultOpen={defaultOpen}>
      <DropdownMenuTrigger asChild>{children}</DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="w-44">
        <DropdownMenuRadioGroup value={value} onValueChange={(v) => onChange(v as TaskPriority)}>
          {[...TASK_PRIORITIES].reverse().map((p) => (
            <DropdownMenuRadioItem key={p} value={p}>
              <FlagIcon aria-hidden="true" className={cn("size-4", PRIORITY_TEXT[p])} />
              {PRIORITY_LABELS[p]}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
