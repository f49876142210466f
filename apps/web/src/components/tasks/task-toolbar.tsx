"use client";

import { TASK_PRIORITIES, type TaskPriority } from "@todo/contracts";
import { type RefObject, useEffect, useState } from "react";
import { controlClass } from "@/components/ui/control-class";
import { type ListFilters, VIEWS } from "@/hooks/use-list-filters";
import { PRIORITY_LABELS } from "./priority";

const SORTS = [
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

const VIEW_LABELS = { all: "All", active: "Active", completed: "Completed" };

interface TaskToolbarProps {
  filters: ListFilters;
  onChange: (change: Partial<ListFilters>, options?: { push?: boolean }) => void;
  searchRef: RefObject<HTMLInputElement | null>;
}

/** View tabs, debounced search, sort, and the priority and tag filters. */
export function TaskToolbar({ filters, onChange, searchRef }: TaskToolbarProps) {
  const [q, setQ] = useState(filters.q);
  useEffect(() => setQ(filters.q), [filters.q]);
  useEffect(() => {
    if (q === filters.q) return;
    const timer = setTimeout(() => onChange({ q }, { push: false }), 250);
    return () => clearTimeout(timer);
  }, [q, filters.q, onChange]);

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <nav aria-label="Show" className="flex rounded-lg bg-neutral-100 p-1 dark:bg-neutral-900">
          {VIEWS.map((view) => (
            <button
              key={view}
              type="button"
              aria-pressed={filters.view === view}
              onClick={() => onChange({ view })}
              className="rounded-md px-3 py-1.5 font-medium text-neutral-700 text-sm aria-pressed:bg-white aria-pressed:text-neutral-900 aria-pressed:shadow-sm focus-visible:outline-2 focus-visible:outline-indigo-500 dark:text-neutral-300 dark:aria-pressed:bg-neutral-700 dark:aria-pressed:text-white"
            >
              {VIEW_LABELS[view]}
            </button>
          ))}
        </nav>
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
          className={`${controlClass} min-w-40 flex-1`}
        />
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor="sort" className="sr-only">
          Sort
        </label>
        <select
          id="sort"
          value={`${filters.sort}:${filters.order}`}
          onChange={(e) => {
            const [sort, order] = e.target.value.split(":") as [ListFilters["sort"], ListFilters["order"]];
            onChange({ sort, order });
          }}
          className={controlClass}
        >
          {SORTS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <label htmlFor="priority-filter" className="sr-only">
          Priority filter
        </label>
        <select
          id="priority-filter"
          value={filters.priority ?? ""}
          onChange={(e) => onChange({ priority: (e.target.value || null) as TaskPriority | null })}
          className={controlClass}
        >
          <option value="">Any priority</option>
          {TASK_PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {PRIORITY_LABELS[p]}
            </option>
          ))}
        </select>
        {filters.tag && (
          <button
            type="button"
            onClick={() => onChange({ tag: null })}
            aria-label={`Stop filtering by tag ${filters.tag}`}
            className="rounded-full bg-indigo-100 px-3 py-1.5 font-medium text-indigo-900 text-sm focus-visible:outline-2 focus-visible:outline-indigo-500 dark:bg-indigo-950 dark:text-indigo-200"
          >
            #{filters.tag} ✕
          </button>
        )}
      </div>
    </div>
  );
}
