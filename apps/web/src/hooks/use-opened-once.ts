"use client";

import { useState } from "react";

/**
 * Whether something has been open at least once: a dialog loaded on demand (its code fetched when
 * first wanted, not with the page) is mounted from then on, so it can animate closed and open again.
 */
export function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened || open;
}
