"use client";

import type { Recurrence } from "@todo/contracts";
import { describeRecurrence, formatRule, type Rule } from "@todo/dates";
import { RepeatIcon } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { useUserClock } from "@/hooks/use-user-clock";
import { CustomRepeat } from "./custom-repeat";
import { draftOf, presetOf, repeatPresets, ruleOf, startOf } from "./repeat-draft";

export interface RepeatChange {
  recurrence: Recurrence | null;
  /** The due date the repeat starts on, when it moves (or a task without one gets it). */
  dueDate?: string;
}

interface RepeatFieldProps {
  recurrence: Recurrence | null;
  dueDate: string | null;
  onChange: (change: RepeatChange) => void;
  onProblem: (problem: string | null) => void;
}

const NONE = "none";
const CUSTOM = "custom";

/**
 * How a task repeats: "Doesn't repeat", the presets drawn from its due date (or today), or a custom rule
 * edited below, its words shown as it changes. A repeat needs a due date, and the due date is always one
 * of its occurrences: a task without one, or on a day the rule skips, moves to the rule's first date.
 */
export function RepeatField({ recurrence, dueDate, onChange, onProblem }: RepeatFieldProps) {
  const { today } = useUserClock();
  const base = dueDate ?? today;
  const preset = presetOf(recurrence, base);
  const [custom, setCustom] = useState(recurrence !== null && preset === null);
  const chosen = recurrence === null ? NONE : custom || !preset ? CUSTOM : preset.id;

  function apply(rule: Rule | null, from: Recurrence["from"] = recurrence?.from ?? "due") {
    if (!rule) return onChange({ recurrence: null });
    const text = formatRule(rule);
    // The rule the task has (Custom opened on it): its date stays where it is.
    if (text === recurrence?.rule) return onChange({ recurrence: { rule: text, from } });
    const start = startOf(rule, dueDate, today);
    if (!start) return onProblem("This repeat ends before its first date: choose a later end");
    onProblem(null);
    onChange({ recurrence: { rule: text, from }, ...(start !== dueDate && { dueDate: start }) });
  }

  function choose(value: string) {
    setCustom(value === CUSTOM);
    if (value === NONE) {
      onProblem(null);
      return apply(null);
    }
    if (value === CUSTOM) return apply(ruleOf(draftOf(recurrence, base)));
    apply(repeatPresets(base).find((p) => p.id === value)?.rule ?? null);
  }

  const words = recurrence ? describeRecurrence(recurrence) : "Doesn't repeat";
  return (
    <div className="grid gap-2">
      <span className="font-medium text-sm" aria-hidden="true">
        Repeat
      </span>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button
            variant="outline"
            size="sm"
            aria-label={`Repeat: ${words}`}
            className="w-fit max-w-full justify-start"
          >
            <RepeatIcon aria-hidden="true" />
            <span className="truncate">{words}</span>
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start" className="w-72">
          <DropdownMenuRadioGroup value={chosen} onValueChange={choose}>
            <DropdownMenuRadioItem value={NONE}>Doesn't repeat</DropdownMenuRadioItem>
            <DropdownMenuSeparator />
            {repeatPresets(base).map((p) => (
              <DropdownMenuRadioItem key={p.id} value={p.id}>
                {p.label}
              </DropdownMenuRadioItem>
            ))}
            <DropdownMenuSeparator />
            <DropdownMenuRadioItem value={CUSTOM}>Custom…</DropdownMenuRadioItem>
          </DropdownMenuRadioGroup>
        </DropdownMenuContent>
      </DropdownMenu>
      {custom && recurrence && (
        <CustomRepeat
          // A new start (another task's rule) is a new form.
          initial={draftOf(recurrence, base)}
          onRule={(rule, from) => apply(rule, from)}
          onProblem={onProblem}
        />
      )}
    </div>
  );
}
