"use client";

import { useEffect } from "react";

/** Single-key shortcuts, ignored while the user types in a field or a dialog is open. */
export function useShortcuts(shortcuts: Record<string, () => void>) {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target as HTMLElement)) return;
      const action = shortcuts[event.key];
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
  if (target.closest("dialog[open]")) return true;
  if (target instanceof HTMLInputElement) return !NOT_TEXT.has(target.type);
  return Boolean(target.closest("textarea, select, [contenteditable]"));
}
