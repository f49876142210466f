"use client";

import { ClockIcon, XIcon } from "lucide-react";
import { type KeyboardEvent, useEffect, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { HALF_HOURS, parseTimeInput } from "./time-input";

interface TimeFieldProps {
  /** `HH:MM`, or null for none. */
  value: string | null;
  onChange: (time: string | null) => void;
  /** Says why a typed time was not taken, or null once it is fixed. */
  onProblem: (problem: string | null) => void;
  label: string;
}

const PROBLEM = "Type the time as HH:MM (such as 09:30), or like 9am or 5:30pm";

/**
 * A time typed as people write it ("930", "9:30", "5pm"), read into `HH:MM` when the field is left or
 * Enter is pressed, or picked from the half hours the browser offers under it (arrow keys); the × clears it.
 */
export function TimeField({ value, onChange, onProblem, label }: TimeFieldProps) {
  const [text, setText] = useState(value ?? "");
  const [invalid, setInvalid] = useState(false);
  const id = useId();

  // A time changed from outside (cleared with the date): show it.
  useEffect(() => {
    setText(value ?? "");
    setInvalid(false);
  }, [value]);

  function commit(typed: string) {
    const time = typed.trim() ? parseTimeInput(typed) : null;
    const wrong = typed.trim() !== "" && time === null;
    setInvalid(wrong);
    onProblem(wrong ? PROBLEM : null);
    if (wrong) return;
    setText(time ?? "");
    if (time !== value) onChange(time);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter takes the time typed; it does not send the form with the time not yet read.
    if (event.key === "Enter") {
      event.preventDefault();
      commit(text);
    }
  }

  return (
    <div className="relative flex items-center">
      <ClockIcon className="pointer-events-none absolute left-2.5 size-4 text-muted-foreground" aria-hidden="true" />
      <input
        id={`${id}-time`}
        aria-label={label}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          // A time picked from the list is taken at once.
          if (HALF_HOURS.includes(event.target.value)) commit(event.target.value);
        }}
        onBlur={() => commit(text)}
        onKeyDown={onKeyDown}
        placeholder="Time"
        autoComplete="off"
        list={`${id}-times`}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-problem` : undefined}
        className="h-8 w-32 rounded-md border border-input bg-transparent pr-8 pl-8 text-sm shadow-xs outline-none placeholder:text-muted-foreground focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 aria-invalid:border-destructive"
      />
      <datalist id={`${id}-times`}>
        {HALF_HOURS.map((time) => (
          <option key={time} value={time} />
        ))}
      </datalist>
      {value !== null && (
        <Button
          variant="ghost"
          size="icon-sm"
          onClick={() => {
            setInvalid(false);
            onProblem(null);
            onChange(null);
          }}
          aria-label="Clear the due time"
          className="absolute right-0 size-8 text-muted-foreground"
        >
          <XIcon aria-hidden="true" />
        </Button>
      )}
      {invalid && (
        <span id={`${id}-problem`} className="sr-only">
          {PROBLEM}
        </span>
      )}
    </div>
  );
}
