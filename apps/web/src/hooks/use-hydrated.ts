"use client";

import { useSyncExternalStore } from "react";

const subscribeNever = () => () => {};

/** False while the server renders and while the browser hydrates its HTML; true once the page responds to input. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}
