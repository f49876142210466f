"use client";

import { CalendarArrowUpIcon, CalendarCheckIcon, CalendarXIcon, SunIcon } from "lucide-react";
import dynamic from "next/dynamic";
import { type ReactNode, useState } from "react";
import { Button } from "@/components/ui/button";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { useUserClock } from "@/hooks/use-user-clock";
import { addDays, isoDate, nextWeek, parseIsoDate } from "./due-date";

interface DueDatePickerProps {
  value: string | null;
  onChange: (date: string | null) => void;
  /** The trigger (a button); it gets the popover's ARIA attributes. */
  children: ReactNode;
  /** Open as it mounts (its button was clicked before it could be). */
  defaultOpen?: boolean;
}

// The calendar (react-day-picker, date-fns) loads when a picker first opens, not with the page.
const Calendar = dynamic(() => import("@/components/ui/calendar").then((m) => m.Calendar), {
  loading: () => <div className="h-[296px] w-[252px]" aria-hidden="true" />,
});

/** The one-click due dates from the user's `today`, in the date picker and in a task's "…" menu. */
export function quickDueChoices(today: string) {
  return [
    { label: "Today", date: today, icon: SunIcon },
    { label: "Tomorrow", date: addDays(today, 1), icon: CalendarCheckIcon },
    { label: "Next week", date: nextWeek(today), icon: CalendarArrowUpIcon },
  ];
}

/**
 * A due date from quick choices (Today, Tomorrow, Next week, No date) or a calendar that the
 * keyboard drives (arrows, PageUp/PageDown, Home/End, Enter).
 */
export function DueDatePicker({ value, onChange, children, defaultOpen = false }: DueDatePickerProps) {
  const [open, setOpen] = useState(defaultOpen);
  const { today } = useUserClock();
  const choose = (date: string | null) => {
    onChange(date);
    setOpen(false);
  };
  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger asChild>{children}</PopoverTrigger>
      <PopoverContent align="start" className="w-auto p-2">
        <div className="grid grid-cols-2 gap-1 border-b pb-2">
          {quickDueChoices(today).map(({ label, date, icon: Icon }) => (
            <Button key={label} variant="ghost" size="sm" className="justify-start" onClick={() => choose(date)}>
              <Icon aria-hidden="true" /> {label}
            </Button>
          ))}
          <Button variant="ghost" size="sm" className="justify-start" onClick={() => choose(null)} disabled={!value}>
            <CalendarXIcon aria-hidden="true" /> No date
          </Button>
        </div>
        <Calendar
          mode="single"
          selected={value ? parseIsoDate(value) : undefined}
          defaultMonth={parseIsoDate(value ?? today)}
          // Today where the user is, which may not be the device's.
          today={parseIsoDate(today)}
          onSelect={(date) => choose(date ? isoDate(date) : null)}
          className="pt-2"
        />
      </PopoverContent>
    </Popover>
  );
}
