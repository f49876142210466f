"use client";

import type { Recurrence } from "@todo/contracts";
import { COUNT_MAX, describeRule, FREQUENCIES, INTERVAL_MAX, type Rule, WEEKDAYS, type Weekday } from "@todo/dates";
import { useId, useState } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { ToggleGroup, ToggleGroupItem } from "@/components/ui/toggle-group";
import { MONTH_NAMES, nth, ORDINALS, type RepeatDraft, ruleOf, WEEKDAY_NAMES } from "./repeat-draft";

interface CustomRepeatProps {
  initial: RepeatDraft;
  onRule: (rule: Rule, from: Recurrence["from"]) => void;
  onProblem: (problem: string | null) => void;
}

const UNITS = {
  DAILY: ["day", "days"],
  WEEKLY: ["week", "weeks"],
  MONTHLY: ["month", "months"],
  YEARLY: ["year", "years"],
};

/** A whole number from 1 to `max` as typed, or null. */
function wholeNumber(text: string, max: number): number | null {
  const n = /^\d{1,4}$/.test(text.trim()) ? Number(text) : Number.NaN;
  return n >= 1 && n <= max ? n : null;
}

/**
 * A rule of one's own: every N days, weeks (on chosen weekdays), months (on a day, or on the nth weekday) or
 * years; ending never, after N times or on a date; counted from the due date or from completion. Its words
 * are read out as it changes; each change that makes a rule applies it.
 */
export function CustomRepeat({ initial, onRule, onProblem }: CustomRepeatProps) {
  const [draft, setDraft] = useState(initial);
  const [interval, setIntervalText] = useState(String(initial.interval));
  const [count, setCountText] = useState(String(initial.count));
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();

  function update(next: Partial<RepeatDraft>, texts: { interval?: string; count?: string } = {}) {
    const merged = { ...draft, ...next };
    const intervalText = texts.interval ?? interval;
    const countText = texts.count ?? count;
    const everyN = wholeNumber(intervalText, INTERVAL_MAX);
    const times = wholeNumber(countText, COUNT_MAX);
    if (everyN !== null) merged.interval = everyN;
    if (times !== null) merged.count = times;
    setDraft(merged);
    const rule = ruleOf(merged);
    const wrong =
      everyN === null
        ? `Repeat every 1 to ${INTERVAL_MAX} ${UNITS[merged.freq][1]}`
        : merged.end === "count" && times === null
          ? `End after 1 to ${COUNT_MAX} times`
          : merged.end === "until" && !merged.until
            ? "Choose the date it ends on"
            : !rule
              ? "Choose at least one day of the week"
              : null;
    setProblem(wrong);
    onProblem(wrong);
    if (!wrong && rule) onRule(rule, merged.from);
  }

  const rule = ruleOf(draft);
  return (
    <fieldset className="grid gap-4 rounded-md border p-3" aria-describedby={`${id}-words`}>
      <legend className="px-1 font-medium text-sm">Custom repeat</legend>
      <div className="flex flex-wrap items-center gap-2">
        <Label htmlFor={`${id}-interval`}>Every</Label>
        <Input
          id={`${id}-interval`}
          type="number"
          inputMode="numeric"
          min={1}
          max={INTERVAL_MAX}
          value={interval}
          onChange={(e) => {
            setIntervalText(e.target.value);
            update({}, { interval: e.target.value });
          }}
          aria-invalid={wholeNumber(interval, INTERVAL_MAX) === null || undefined}
          className="h-8 w-20"
        />
        <Select value={draft.freq} onValueChange={(freq) => update({ freq: freq as RepeatDraft["freq"] })}>
          <SelectTrigger size="sm" aria-label="Repeat unit">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {FREQUENCIES.map((freq) => (
              <SelectItem key={freq} value={freq}>
                {UNITS[freq][draft.interval === 1 ? 0 : 1]}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>

      {draft.freq === "WEEKLY" && (
        <div className="grid gap-2">
          <span id={`${id}-days`} className="text-sm">
            On
          </span>
          <ToggleGroup
            type="multiple"
            aria-labelledby={`${id}-days`}
            value={draft.weekdays}
            onValueChange={(weekdays) => update({ weekdays: weekdays as Weekday[] })}
          >
            {WEEKDAYS.map((weekday) => (
              <ToggleGroupItem key={weekday} value={weekday}>
                <span aria-hidden="true">{WEEKDAY_NAMES[weekday].slice(0, 2)}</span>
                <span className="sr-only">{WEEKDAY_NAMES[weekday]}</span>
              </ToggleGroupItem>
            ))}
          </ToggleGroup>
        </div>
      )}

      {draft.freq === "MONTHLY" && (
        <RadioGroup
          value={draft.monthly}
          onValueChange={(monthly) => update({ monthly: monthly as RepeatDraft["monthly"] })}
          aria-label="Which day of the month"
        >
          <div className="flex flex-wrap items-center gap-2">
            <RadioGroupItem value="day" id={`${id}-by-day`} />
            <Label htmlFor={`${id}-by-day`}>On day</Label>
            <Select
              value={String(draft.monthDay)}
              onValueChange={(day) => update({ monthly: "day", monthDay: Number(day) })}
            >
              <SelectTrigger size="sm" aria-label="Day of the month">
                <SelectValue />
              </SelectTrigger>
              <SelectContent className="max-h-64">
                {Array.from({ length: 31 }, (_, i) => i + 1).map((day) => (
                  <SelectItem key={day} value={String(day)}>
                    {nth(day)}
                  </SelectItem>
                ))}
                <SelectItem value="-1">last day</SelectItem>
              </SelectContent>
            </Select>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <RadioGroupItem value="weekday" id={`${id}-by-weekday`} />
            <Label htmlFor={`${id}-by-weekday`}>On the</Label>
            <Select
              value={String(draft.ordinal)}
              onValueChange={(ordinal) => update({ monthly: "weekday", ordinal: Number(ordinal) })}
            >
              <SelectTrigger size="sm" aria-label="Which one">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {ORDINALS.map(([n, word]) => (
                  <SelectItem key={n} value={String(n)}>
                    {word}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
            <Select
              value={draft.weekday}
              onValueChange={(weekday) => update({ monthly: "weekday", weekday: weekday as Weekday })}
            >
              <SelectTrigger size="sm" aria-label="Weekday">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {WEEKDAYS.map((weekday) => (
                  <SelectItem key={weekday} value={weekday}>
                    {WEEKDAY_NAMES[weekday]}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
        </RadioGroup>
      )}

      {draft.freq === "YEARLY" && (
        <p className="text-sm">
          On {draft.yearDay} {MONTH_NAMES[draft.yearMonth - 1]}, the due date's day
        </p>
      )}

      <RadioGroup
        value={draft.end}
        onValueChange={(end) => update({ end: end as RepeatDraft["end"] })}
        aria-labelledby={`${id}-ends`}
        className="gap-2"
      >
        <span id={`${id}-ends`} className="text-sm">
          Ends
        </span>
        <div className="flex items-center gap-2">
          <RadioGroupItem value="never" id={`${id}-never`} />
          <Label htmlFor={`${id}-never`}>Never</Label>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <RadioGroupItem value="count" id={`${id}-count`} />
          <Label htmlFor={`${id}-count`}>After</Label>
          <Input
            type="number"
            inputMode="numeric"
            min={1}
            max={COUNT_MAX}
            value={count}
            onChange={(e) => {
              setCountText(e.target.value);
              update({ end: "count" }, { count: e.target.value });
            }}
            aria-label="Number of times"
            aria-invalid={(draft.end === "count" && wholeNumber(count, COUNT_MAX) === null) || undefined}
            className="h-8 w-20"
          />
          <span className="text-sm">times</span>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <RadioGroupItem value="until" id={`${id}-until`} />
          <Label htmlFor={`${id}-until`}>On</Label>
          <Input
            type="date"
            value={draft.until}
            onChange={(e) => update({ end: "until", until: e.target.value })}
            aria-label="End date"
            aria-invalid={(draft.end === "until" && !draft.until) || undefined}
            className="h-8 w-40"
          />
        </div>
      </RadioGroup>

      <RadioGroup
        value={draft.from}
        onValueChange={(from) => update({ from: from as RepeatDraft["from"] })}
        aria-labelledby={`${id}-from`}
        className="gap-2"
      >
        <span id={`${id}-from`} className="text-sm">
          Next date counted from
        </span>
        <div className="flex items-center gap-2">
          <RadioGroupItem value="due" id={`${id}-from-due`} />
          <Label htmlFor={`${id}-from-due`}>The due date</Label>
        </div>
        <div className="flex items-center gap-2">
          <RadioGroupItem value="completion" id={`${id}-from-completion`} />
          <Label htmlFor={`${id}-from-completion`}>The day it is completed</Label>
        </div>
      </RadioGroup>

      <p id={`${id}-words`} aria-live="polite" className="font-medium text-sm" data-testid="custom-repeat-words">
        {problem ?? (rule ? describeRule(rule, draft.from) : "")}
      </p>
    </fieldset>
  );
}
