"use client";

import { TASK_PRIORITIES, type TaskPriority } from "@todo/contracts";
import { HashIcon, SearchIcon, SlidersHorizontalIcon, XIcon } from "lucide-react";
import { ToggleGroup } from "radix-ui";
import { type RefObject, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
} from "@/components/ui/dropdown-menu";
import { DropdownMenuOnDemand } from "@/components/ui/dropdown-menu-on-demand";
import { type ListFilters, VIEWS } from "@/hooks/use-list-filters";
import { PRIORITY_LABELS } from "./priority";

export const SORTS = [
  ["manual:asc", "My order"],
  ["created:desc", "Newest first"],
  ["created:asc", "Oldest first"],
  ["updated:desc", "Recently changed"],
  ["due:asc", "Due soonest"],
  ["due:desc", "Due latest"],
  ["priority:desc", "Highest priority"],
  ["priority:asc", "Lowest priority"],
  ["title:asc", "Title A–Z"],
  ["title:desc", "Title Z–A"],
] as const;

export const VIEW_LABELS = { all: "All", active: "Active", completed: "Completed" };

interface TaskToolbarProps {
  filters: ListFilters;
  onChange: (change: Partial<ListFilters>, options?: { push?: boolean }) => void;
  searchRef: RefObject<HTMLInputElement | null>;
}

/** View (one tab stop, arrows between), debounced search, and sort and priority in one "View" menu. */
export function TaskToolbar({ filters, onChange, searchRef }: TaskToolbarProps) {
  const [q, setQ] = useState(filters.q);
  useEffect(() => setQ(filters.q), [filters.q]);
  useEffect(() => {
    if (q === filters.q) return;
    const timer = setTimeout(() => onChange({ q }, { push: false }), 250);
    return () => clearTimeout(timer);
  }, [q, filters.q, onChange]);

  const sortLabel = SORTS.find(([value]) => value === `${filters.sort}:${filters.order}`)?.[1] ?? "My order";
  return (
    <div className="flex flex-wrap items-center gap-2">
      <ToggleGroup.Root
        type="single"
        value={filters.view}
        onValueChange={(view) => view && onChange({ view: view as ListFilters["view"] })}
        aria-label="Show"
        className="inline-flex rounded-md bg-muted p-0.5"
      >
        {VIEWS.map((view) => (
          <ToggleGroup.Item
            key={view}
            value={view}
            className="rounded-[5px] px-3 py-1 font-medium text-muted-foreground text-sm outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50 data-[state=on]:bg-background data-[state=on]:text-foreground data-[state=on]:shadow-xs pointer-coarse:py-2"
          >
            {VIEW_LABELS[view]}
          </ToggleGroup.Item>
        ))}
      </ToggleGroup.Root>
      <div className="relative min-w-36 flex-1">
        <SearchIcon
          className="absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground"
          aria-hidden="true"
        />
        <label htmlFor="search" className="sr-only">
          Search tasks
        </label>
        <input
          id="search"
          ref={searchRef}
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder="Search"
          aria-keyshortcuts="/"
          className="h-9 w-full rounded-md border border-input bg-transparent pr-2 pl-8 text-sm outline-none placeholder:text-muted-foreground focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50"
        />
      </div>
      <DropdownMenuOnDemand
        trigger={
          <Button
            variant="outline"
            size="sm"
            className="h-9"
            aria-label={`View options: ${sortLabel}${filters.priority ? `, ${PRIORITY_LABELS[filters.priority]} priority` : ""}`}
          >
            <SlidersHorizontalIcon aria-hidden="true" />
            <span className="hidden sm:inline">{sortLabel}</span>
          </Button>
        }
      >
        <DropdownMenuContent align="end" className="w-52">
          <DropdownMenuLabel>Sort</DropdownMenuLabel>
          <DropdownMenuRadioGroup
            value={`${filters.sort}:${filters.order}`}
            onValueChange={(value) => {
              const [sort, order] = value.split(":") as [ListFilters["sort"], ListFilters["order"]];
              onChange({ sort, order });
            }}
          >
            {SORTS.map(([value, label]) => (
              <DropdownMenuRadioItem key={value} value={value}>
                {label}
              </DropdownMenuRadioItem>
            ))}
          </DropdownMenuRadioGroup>
          <DropdownMenuSeparator />
          <DropdownMenuLabel>Priority</DropdownMenuLabel>
          <DropdownMenuRadioGroup
            value={filters.priority ?? ""}
            onValueChange={(value) => onChange({ priority: (value || null) as TaskPriority | null })}
          >
            <DropdownMenuRadioItem value="">Any priority</DropdownMenuRadioItem>
            {[...TASK_PRIORITIES].reverse().map((p) => (
              <DropdownMenuRadioItem key={p} value={p}>
                {PRIORITY_LABELS[p]}
              </DropdownMenuRadioItem>
            ))}
          </DropdownMenuRadioGroup>
        </DropdownMenuContent>
      </DropdownMenuOnDemand>
      {(filters.tag || filters.priority) && (
        <div className="flex w-full flex-wrap gap-2">
          {filters.tag && (
            <Button
              variant="secondary"
              size="sm"
              className="rounded-full"
              onClick={() => onChange({ tag: null })}
              aria-label={`Stop filtering by tag ${filters.tag}`}
            >
              <HashIcon aria-hidden="true" />
              {filters.tag}
              <XIcon aria-hidden="true" />
            </Button>
          )}
          {filters.priority && (
            <Button
              variant="secondary"
              size="sm"
              className="rounded-full"
              onClick={() => onChange({ priority: null })}
              aria-label={`Stop filtering by ${PRIORITY_LABELS[filters.priority]} priority`}
            >
              {PRIORITY_LABELS[filters.priority]} priority
              <XIcon aria-hidden="true" />
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
