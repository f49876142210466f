"use client";

import { useEffect, useEffectEvent } from "react";

// Marks the history entry that an open sheet added (the same address, so Next.js's router keeps its page), with what
// it shows: the entry outlives a reload, and so does what it showed.
const MARK = "todoSheetOpen";

/** What the sheet that added the current entry shows (a task's id); null when no sheet added it. */
function markedShows(): number | null {
  const shows = (window.history.state as Record<string, unknown> | null)?.[MARK];
  return typeof shows === "number" ? shows : null;
}
const markedAs = (shows: number) => ({ ...window.history.state, [MARK]: shows });
const addEntry = (shows: number) => window.history.pushState(markedAs(shows), "");

let leaving: ReturnType<typeof setTimeout> | undefined;

/**
 * What a sheet showed on the current history entry when the page left it open (a reload, or Back to a page left with
 * it open), for the page to show it again: its Back then closes it, as before (the entry before is the same
 * document's: a reload keeps the entries its page added). Null when the entry is no sheet's.
 */
export function shownByThisEntry(): number | null {
  return markedShows();
}

/**
 * Leaves the entry of a sheet that cannot show what it showed (its task gone), for the entry before it: nothing else
 * moves. Not once the browser has moved on to another entry meanwhile.
 */
export function leaveSheetEntry(shows: number): void {
  if (markedShows() === shows) window.history.back();
}

/**
 * Calls `onLanded` with what a sheet showed on the entry the browser's Forward (or Back) lands on, when that entry is
 * a sheet's: Back closed the sheet, and Forward shows it again. Only for this page's own entries (`path`): another
 * page's are its own to show, once the router has it in place.
 */
export function useSheetEntryLanding(path: string, onLanded: (shows: number) => void): void {
  const landed = useEffectEvent(onLanded);
  useEffect(() => {
    const onPopState = () => {
      const shows = markedShows();
      if (shows !== null && window.location.pathname === path) landed(shows);
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, [path]);
}

/**
 * While something is open (`shows`: its id, null when closed), the browser's Back (a phone's back gesture above
 * all) closes it instead of leaving the page: opening adds a history entry, Back takes it and calls `onBack`, which
 * answers whether to stay open (its entry is then added again, for the next Back). Closed otherwise, the entry goes
 * with it.
 */
export function useBackCloses(shows: number | null, onBack: () => boolean): void {
  const back = useEffectEvent(onBack);
  useEffect(() => {
    if (shows === null) return;
    // Closed and opened again at once (React's development double effect, a save sent back), another task shown in
    // the same sheet, or shown again after a reload: the same entry, saying what it shows.
    clearTimeout(leaving);
    if (markedShows() === null) addEntry(shows);
    else window.history.replaceState(markedAs(shows), "");
    const onPopState = () => {
      if (markedShows() === null && back()) addEntry(shows);
    };
    window.addEventListener("popstate", onPopState);
    return () => {
      window.removeEventListener("popstate", onPopState);
      leaving = setTimeout(() => {
        if (markedShows() !== null) window.history.back();
      });
    };
  }, [shows]);
}
