"use client";

import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from "react";

const ROW = "[data-row-focus]";

/**
 * Roving focus over the task rows of a container, whatever section they are in: one tab stop (the
 * row last focused, else the first), and ↑/↓ (or k/j), Home and End between rows. When the focused
 * row goes away (deleted, completed out of the view or into the completed section), focus moves to
 * the row now in its place.
 */
export function useRovingRows<T extends { id: number }>(rows: readonly T[]) {
  const [focusedId, setFocusedId] = useState<number | null>(null);
  const lastIndex = useRef(0);
  const focusedElement = useRef<Element | null>(null);
  const tabbableId = rows.some((r) => r.id === focusedId) ? focusedId : (rows[0]?.id ?? null);

  useEffect(() => {
    if (focusedId === null) return;
    const index = rows.findIndex((r) => r.id === focusedId);
    // Focus fell to the page because the focused row's element went (deleted, or moved to another section).
    const fell = document.activeElement === document.body || document.activeElement === null;
    const lost = fell && focusedElement.current !== null && !focusedElement.current.isConnected;
    if (index >= 0 && !lost) {
      lastIndex.current = index;
      return;
    }
    // The row now in its place takes the tab stop, and the focus if it was lost (not if the user moved on).
    const next = rows[Math.min(lastIndex.current, rows.length - 1)];
    setFocusedId(next?.id ?? null);
    if (next && lost) document.querySelector<HTMLElement>(`${ROW}[data-row-id="${next.id}"]`)?.focus();
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

  const onFocusRow = useCallback((row: T) => {
    focusedElement.current = document.activeElement;
    setFocusedId(row.id);
  }, []);
  return { tabbableId, onKeyDown, onFocusRow };
}
