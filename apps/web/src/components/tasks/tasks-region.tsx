"use client";

import type { KeyboardEvent, ReactNode } from "react";
import { useHydrated } from "@/hooks/use-hydrated";

interface TasksRegionProps {
  /** The open tasks are on their way. */
  loading: boolean;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  children: ReactNode;
}

/**
 * The region of the page's tasks, busy while they load, and also while the server's HTML (which
 * already shows them) is not yet hydrated: until then its rows do not respond. Only this element
 * renders again once hydrated, not the rows.
 */
export function TasksRegion({ loading, onKeyDown, children }: TasksRegionProps) {
  const hydrated = useHydrated();
  return (
    <section
      aria-labelledby="tasks-heading"
      aria-busy={loading || !hydrated}
      className="min-h-[188px]"
      onKeyDown={onKeyDown}
    >
      {children}
    </section>
  );
}
