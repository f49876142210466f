"use client";

import { MINUTES_BEFORE_MAX, REMINDERS_MAX, type Reminder } from "@todo/contracts";
import { BellIcon, BellPlusIcon, XIcon } from "lucide-react";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { reminderWords } from "./reminder-words";

/** Todoist's and Microsoft To Do's usual choices. */
const PRESETS = [0, 10, 60, 1440];
const UNITS = { minutes: 1, hours: 60, days: 1440 } as const;
type Unit = keyof typeof UNITS;

interface RemindersFieldProps {
  reminders: Reminder[];
  dueDate: string | null;
  onChange: (reminders: Reminder[]) => void;
}

/**
 * A task's reminders: each one a removable chip, added from the presets or as a custom "N minutes, hours or
 * days before". They count back from the due time (09:00 for a date-only task), so they need a due date.
 */
export function RemindersField({ reminders, dueDate, onChange }: RemindersFieldProps) {
  const id = useId();
  const [custom, setCustom] = useState(false);
  const [amount, setAmount] = useState("30");
  const [unit, setUnit] = useState<Unit>("minutes");
  const [problem, setProblem] = useState<string | null>(null);
  const taken = new Set(reminders.map((r) => r.minutesBefore));
  const full = reminders.length >= REMINDERS_MAX;

  function add(minutesBefore: number) {
    if (taken.has(minutesBefore)) return;
    onChange([...reminders, { minutesBefore }].sort((a, b) => a.minutesBefore - b.minutesBefore));
  }

  function addCustom() {
    const n = Number(amount);
    const minutes = n * UNITS[unit];
    if (!Number.isInteger(n) || n < 1) return setProblem("Enter a whole number, 1 or more.");
    if (minutes > MINUTES_BEFORE_MAX) return setProblem("A reminder can be at most 4 weeks before.");
    if (taken.has(minutes)) return setProblem(`There is already a reminder ${reminderWords(minutes).toLowerCase()}.`);
    setProblem(null);
    setCustom(false);
    add(minutes);
  }

  return (
    <fieldset className="grid gap-2" aria-describedby={`${id}-hint`}>
      <legend className="mb-2 font-medium text-sm">Reminders</legend>
      {!dueDate ? (
        <p id={`${id}-hint`} className="text-muted-foreground text-sm">
          Reminders need a due date: set one to add them.
        </p>
      ) : (
        <>
          <p id={`${id}-hint`} className="sr-only">
            Before the due time, or 09:00 on the due date for a task without a time. At most {REMINDERS_MAX}.
          </p>
          {reminders.length > 0 && (
            <ul aria-label="Reminders" className="flex flex-wrap gap-2">
              {reminders.map(({ minutesBefore }) => (
                <li
                  key={minutesBefore}
                  className="inline-flex items-center gap-1 rounded-full border py-0.5 pr-0.5 pl-2.5 text-sm"
                >
                  <BellIcon className="size-3.5 text-muted-foreground" aria-hidden="true" />
                  {reminderWords(minutesBefore)}
                  <Button
                    variant="ghost"
                    size="icon"
                    className="size-6 rounded-full"
                    aria-label={`Remove reminder ${reminderWords(minutesBefore).toLowerCase()}`}
                    onClick={() => onChange(reminders.filter((r) => r.minutesBefore !== minutesBefore))}
                  >
                    <XIcon aria-hidden="true" />
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <div>
            <DropdownMenu>
              <DropdownMenuTrigger asChild>
                <Button variant="outline" size="sm" disabled={full}>
                  <BellPlusIcon aria-hidden="true" /> {full ? `At most ${REMINDERS_MAX} reminders` : "Add reminder"}
                </Button>
              </DropdownMenuTrigger>
              <DropdownMenuContent align="start">
                {PRESETS.map((minutes) => (
                  <DropdownMenuItem key={minutes} disabled={taken.has(minutes)} onSelect={() => add(minutes)}>
                    {reminderWords(minutes)}
                  </DropdownMenuItem>
                ))}
                <DropdownMenuSeparator />
                <DropdownMenuItem onSelect={() => setCustom(true)}>Custom…</DropdownMenuItem>
              </DropdownMenuContent>
            </DropdownMenu>
          </div>
          {custom && (
            <fieldset className="flex flex-wrap items-center gap-2" aria-label="Custom reminder">
              <Input
                type="number"
                inputMode="numeric"
                min={1}
                value={amount}
                onChange={(e) => setAmount(e.target.value)}
                onKeyDown={(e) => {
                  // Enter adds this reminder, not saves the whole form.
                  if (e.key === "Enter") {
                    e.preventDefault();
                    addCustom();
                  }
                }}
                aria-label="How many"
                aria-invalid={problem !== null}
                className="h-8 w-20"
              />
              <Select value={unit} onValueChange={(value) => setUnit(value as Unit)}>
                <SelectTrigger size="sm" aria-label="Unit">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  {Object.keys(UNITS).map((u) => (
                    <SelectItem key={u} value={u}>
                      {u} before
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
              <Button size="sm" variant="secondary" onClick={addCustom}>
                Add
              </Button>
              <Button
                size="sm"
                variant="ghost"
                onClick={() => {
                  setCustom(false);
                  setProblem(null);
                }}
              >
                Cancel
              </Button>
              {problem && (
                <p role="alert" className="basis-full text-destructive text-sm">
                  {problem}
                </p>
              )}
            </fieldset>
          )}
        </>
      )}
    </fieldset>
  );
}
