"use client";

import { type RefObject, useLayoutEffect } from "react";
import { type NewTaskDraft, readDraft } from "@/lib/new-task-draft";

// Whether the add box that left with the last page had focus: the next page's box takes it on.
let focusedWhenSwapped = false;

/**
 * A list switch swaps the whole page, and the add box with it. The new box starts with the draft the old one saved
 * (its line, the priority, due date and tags its buttons hold, the chips taken back in the line) and, when the old
 * one had focus, takes it in the same commit, before any key can arrive: keys typed across the switch all land in
 * the box, and Enter adds to the list now open what the old box would have added. A page loaded afresh (a reload,
 * back from sign-in) starts with the tab's draft the same way.
 */
export function useAddBoxHandover(
  userId: string,
  inputRef: RefObject<HTMLInputElement | null>,
  setDraft: (draft: NewTaskDraft) => void,
) {
  useLayoutEffect(() => {
    const input = inputRef.current;
    setDraft(readDraft(userId));
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
