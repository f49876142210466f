"use client";

import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from "react";

const ROW = "[data-row-focus]";

/**
 * Roving focus over the task rows of a container, whatever section they are in: one tab stop (the
 * row last focused, else the first), and ↑/↓ (or k/j), Home and End between rows. When the focused
 * row goes away (deleted, completed out of the view), focus moves to the row now in its place.
 */
export function useRovingRows<T extends { id: number }>(rows: readonly T[]) {
  const [focusedId, setFocusedId] = useState<number | null>(null);
  const lastIndex = useRef(0);
  const tabbableId = rows.some((r) => r.id === focusedId) ? focusedId : (rows[0]?.id ?? null);

  useEffect(() => {
    if (focusedId === null || rows.some((r) => r.id === focusedId)) {
      const index = rows.findIndex((r) => r.id === focusedId);
      if (index >= 0) lastIndex.current = index;
      return;
    }
    // The focused row is gone. Only take focus back if it fell to the page (not if the user moved on).
    const next = rows[Math.min(lastIndex.current, rows.length - 1)];
    setFocusedId(next?.id ?? null);
    if (next && (document.activeElement === document.body || document.activeElement === null))
      document.querySelector<HTMLElement>(`${ROW}[data-row-id="${next.id}"]`)?.focus();
  }, [rows, focusedId]);

  const onKeyDown = useCallback((event: KeyboardEvent<HTMLElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const current = (event.target as HTMLElement).closest<HTMLElement>(ROW);
    if (!current || event.target !== current) return;
    const all = [...event.currentTarget.querySelectorAll<HTMLElement>(ROW)];
    const at = all.indexOf(current);
    const to: Record<string, number> = {
      ArrowDown: at + 1,
      j: at + 1,
      ArrowUp: at - 1,
      k: at - 1,
      Home: 0,
      End: all.length - 1,
    };
    const index = to[event.key];
    if (index === undefined) return;
    event.preventDefault();
    all[Math.max(0, Math.min(index, all.length - 1))]?.focus();
  }, []);

  const onFocusRow = useCallback((row: T) => setFocusedId(row.id), []);
  return { tabbableId, onKeyDown, onFocusRow };
}
