"use client";

import { type RefObject, useLayoutEffect } from "react";
import { readDraft } from "@/lib/new-task-draft";

// Whether the add box that left with the last page had focus: the next page's box takes it on.
let focusedWhenSwapped = false;

/**
 * A list switch swaps the whole page, and the add box with it. The new box starts with the draft the old one saved
 * and, when the old one had focus, takes it in the same commit, before any key can arrive: keys typed across the
 * switch all land in the box, and Enter adds to the list now open.
 */
export function useAddBoxHandover(inputRef: RefObject<HTMLInputElement | null>, setTitle: (title: string) => void) {
  useLayoutEffect(() => {
    const input = inputRef.current;
    setTitle(readDraft());
    if (focusedWhenSwapped) input?.focus();
    focusedWhenSwapped = false;
    // Still in the document here: React removes the page's elements after running these.
    return () => {
      focusedWhenSwapped = input !== null && document.activeElement === input;
      // Good for the commit that swaps the page only: a page without a box (Settings) leaves nothing to take on.
      queueMicrotask(() => {
        focusedWhenSwapped = false;
      });
    };
  }, []);
}
