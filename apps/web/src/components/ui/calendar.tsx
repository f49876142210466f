"use client";

import { ChevronLeftIcon, ChevronRightIcon } from "lucide-react";
import type { ComponentProps } from "react";
import { DayPicker, type Modifiers } from "react-day-picker";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/lib/utils";

/** A day's name with its number as the grid shows it ("November 29", not "29th"): WCAG 2.5.3, label in name. */
function labelDayButton(date: Date, modifiers: Modifiers): string {
  const label = date.toLocaleDateString(undefined, { weekday: "long", month: "long", day: "numeric", year: "numeric" });
  return `${modifiers.today ? "Today, " : ""}${label}${modifiers.selected ? ", selected" : ""}`;
}

/** shadcn/ui's Calendar: react-day-picker (arrow keys, PageUp/PageDown, Home/End) in the app's tokens. */
export function Calendar({
  className,
  classNames,
  showOutsideDays = true,
  labels,
  ...props
}: ComponentProps<typeof DayPicker>) {
  return (
    <DayPicker
      showOutsideDays={showOutsideDays}
      labels={{ labelDayButton, ...labels }}
      className={cn("p-1", className)}
      classNames={{
        months: "relative flex flex-col gap-4",
        month: "flex w-full flex-col gap-3",
        nav: "absolute inset-x-0 top-0 flex items-center justify-between",
        button_previous: cn(buttonVariants({ variant: "ghost", size: "icon-sm" }), "aria-disabled:opacity-50"),
        button_next: cn(buttonVariants({ variant: "ghost", size: "icon-sm" }), "aria-disabled:opacity-50"),
        month_caption: "flex h-8 items-center justify-center",
        caption_label: "font-medium text-sm",
        month_grid: "w-full border-collapse",
        weekdays: "flex",
        weekday: "w-9 font-normal text-muted-foreground text-xs",
        week: "mt-1 flex w-full",
        day: "relative size-9 p-0 text-center text-sm",
        day_button: cn(buttonVariants({ variant: "ghost", size: "icon" }), "font-normal aria-selected:opacity-100"),
        selected:
          "[&>button]:bg-primary [&>button]:text-primary-foreground [&>button]:hover:bg-primary [&>button]:hover:text-primary-foreground",
        today: "[&>button]:font-semibold [&>button]:text-primary [&[aria-selected]>button]:text-primary-foreground",
        // Muted, not faded: outside days are buttons too, and need their 4.5:1.
        outside: "text-muted-foreground",
        disabled: "text-muted-foreground opacity-50",
        hidden: "invisible",
        ...classNames,
      }}
      components={{
        Chevron: ({ orientation, className: chevronClass }) =>
          orientation === "left" ? (
            <ChevronLeftIcon className={cn("size-4", chevronClass)} aria-hidden="true" />
          ) : (
            <ChevronRightIcon className={cn("size-4", chevronClass)} aria-hidden="true" />
          ),
      }}
      {...props}
    />
  );
}
