"use client";

import { useEffect } from "react";

/** While `held` (a change not saved), a reload or a closed tab asks first, in the browser's own words. */
export function useWarnBeforeUnload(held: boolean): void {
  useEffect(() => {
    if (!held) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [held]);
}
