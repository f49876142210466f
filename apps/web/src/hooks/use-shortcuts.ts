"use client";

import { useEffect } from "react";

/**
 * Keyboard shortcuts of a page: single keys ("n", "?") and Ctrl/⌘ combinations ("mod+k"). Ignored
 * while the user types in a field (where Ctrl/⌘+Z is the field's own undo) or a dialog is open.
 */
export function useShortcuts(shortcuts: Record<string, () => void>) {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey) return;
      if (isTyping(event.target as HTMLElement)) return;
      const mod = event.ctrlKey || event.metaKey;
      const action = shortcuts[mod ? `mod+${event.key.toLowerCase()}` : event.key];
      if (!action) return;
      event.preventDefault();
      action();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [shortcuts]);
}

const NOT_TEXT = new Set(["checkbox", "radio", "button", "submit", "reset"]);

/** Keys belong to a text field, a select or an open dialog; a focused checkbox or button leaves them to the shortcuts. */
function isTyping(target: HTMLElement): boolean {
  if (target.closest("[role=dialog], [role=alertdialog], [role=menu], [role=listbox]")) return true;
  if (target instanceof HTMLInputElement) return !NOT_TEXT.has(target.type);
  return Boolean(target.closest("textarea, select, [contenteditable]"));
}
