"use client";

import { CheckIcon, ChevronsUpDownIcon } from "lucide-react";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Command, CommandEmpty, CommandInput, CommandItem, CommandList } from "@/components/ui/command";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { zoneChoices } from "@/lib/time-zones";
import { cn } from "@/lib/utils";

interface TimeZonePickerProps {
  value: string;
  onChange: (zone: string) => void;
  disabled?: boolean;
  labelId: string;
}

/** A searchable list of every time zone (by city, region or offset) in a popover, as shadcn/ui's combobox. */
export function TimeZonePicker({ value, onChange, disabled, labelId }: TimeZonePickerProps) {
  const [open, setOpen] = useState(false);
  // Offsets as of opening: listed once per opening, not per keystroke.
  const choices = useMemo(() => (open ? zoneChoices(value) : []), [open, value]);
  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger asChild>
        <Button
          variant="outline"
          role="combobox"
          aria-expanded={open}
          aria-labelledby={labelId}
          aria-describedby={`${labelId}-value`}
          disabled={disabled}
          className="w-full max-w-sm justify-between font-normal"
        >
          <span id={`${labelId}-value`} className="truncate">
            {value.replaceAll("_", " ")}
          </span>
          <ChevronsUpDownIcon aria-hidden="true" className="opacity-50" />
        </Button>
      </PopoverTrigger>
      <PopoverContent align="start" className="w-[min(24rem,calc(100vw-2rem))] p-0">
        {/* Opens on the zone chosen, so arrows go on from it. */}
        <Command defaultValue={value}>
          <CommandInput placeholder="Search by city, region or GMT+1…" aria-label="Search time zones" />
          <CommandList>
            <CommandEmpty>No time zone by that name.</CommandEmpty>
            {choices.map((zone) => (
              <CommandItem
                key={zone.name}
                value={zone.name}
                keywords={[zone.label, zone.offset]}
                onSelect={() => {
                  setOpen(false);
                  if (zone.name !== value) onChange(zone.name);
                }}
              >
                <CheckIcon aria-hidden="true" className={cn(zone.name !== value && "invisible")} />
                <span className="flex-1 truncate">{zone.label}</span>
                <span className="text-muted-foreground text-xs tabular-nums">{zone.offset}</span>
              </CommandItem>
            ))}
          </CommandList>
        </Command>
      </PopoverContent>
    </Popover>
  );
}
