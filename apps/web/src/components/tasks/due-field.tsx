"use client";

import type { Recurrence } from "@todo/contracts";
import { CalendarIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useUserClock } from "@/hooks/use-user-clock";
import { cn } from "@/lib/utils";
import { addDays, describeDue, isOverdue } from "./due-date";
import { DueDatePicker } from "./due-date-picker";
import { TimeField } from "./time-field";

export interface DueValue {
  dueDate: string | null;
  dueTime: string | null;
  recurrence: Recurrence | null;
}

interface DueFieldProps {
  value: DueValue;
  completed: boolean;
  onChange: (change: Partial<DueValue>) => void;
  onProblem: (problem: string | null) => void;
}

/**
 * A task's due date (a picker the keyboard drives) and optional time. Without a date there is no time
 * nor repeat: clearing the date clears them. A time typed for an undated task is today's while still
 * ahead, else tomorrow's, as quick add reads a time alone.
 */
export function DueField({ value, completed, onChange, onProblem }: DueFieldProps) {
  const clock = useUserClock();
  const { dueDate, dueTime } = value;
  // The date's words on its button (the time has its own field); red once the date, or its time today, has passed.
  const due = dueDate ? describeDue({ dueDate, dueTime: null }, completed, clock) : null;
  const late = isOverdue({ dueDate, dueTime }, completed, clock);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <DueDatePicker
        value={dueDate}
        onChange={(date) => onChange(date ? { dueDate: date } : { dueDate: null, dueTime: null, recurrence: null })}
      >
        <Button
          variant="outline"
          size="sm"
          aria-label={due ? `Due date: ${due.label}` : "No due date"}
          className={cn(late && "text-overdue")}
        >
          <CalendarIcon aria-hidden="true" />
          {due ? due.label : "No due date"}
        </Button>
      </DueDatePicker>
      <TimeField
        value={dueTime}
        label="Due time"
        onProblem={onProblem}
        onChange={(time) =>
          onChange(
            dueDate || time === null
              ? { dueTime: time }
              : { dueTime: time, dueDate: time > clock.time ? clock.today : addDays(clock.today, 1) },
          )
        }
      />
    </div>
  );
}
