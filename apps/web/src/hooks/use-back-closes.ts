"use client";

import { useEffect, useEffectEvent } from "react";

// Marks the history entry that an open sheet added (the same address, so Next.js's router keeps its page).
const MARK = "todoSheetOpen";

const marked = () => Boolean(window.history.state?.[MARK]);
const addEntry = () => window.history.pushState({ ...window.history.state, [MARK]: true }, "");

let leaving: ReturnType<typeof setTimeout> | undefined;

/**
 * While `open`, the browser's Back (a phone's back gesture above all) closes what is open instead of leaving the
 * page: opening adds a history entry, Back takes it and calls `onBack`, which answers whether to stay open (its
 * entry is then added again, for the next Back). Closed otherwise, the entry goes with it.
 */
export function useBackCloses(open: boolean, onBack: () => boolean): void {
  const back = useEffectEvent(onBack);
  useEffect(() => {
    if (!open) return;
    // Closed and opened again at once (React's development double effect, a save sent back): its entry stays.
    clearTimeout(leaving);
    if (!marked()) addEntry();
    const onPopState = () => {
      if (!marked() && back()) addEntry();
    };
    window.addEventListener("popstate", onPopState);
    return () => {
      window.removeEventListener("popstate", onPopState);
      leaving = setTimeout(() => {
        if (marked()) window.history.back();
      });
    };
  }, [open]);
}
