"use client";

import { type QueryClient, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { openLiveConnection } from "./live-connection";

// Moving from one page to another unmounts one user of the stream before the next mounts: keep it meanwhile.
const KEEP_OPEN_MS = 5_000;

interface Shared {
  client: QueryClient;
  userId: string;
  users: number;
  close: () => void;
  closing?: ReturnType<typeof setTimeout>;
}

let shared: Shared | null = null;

/** Keeps this tab's cache current with the user's changes from other tabs and devices: one stream per tab. */
export function useLiveChanges(userId: string): void {
  const client = useQueryClient();
  useEffect(() => {
    if (shared && (shared.client !== client || shared.userId !== userId)) {
      clearTimeout(shared.closing);
      shared.close();
      shared = null;
    }
    shared ??= { client, userId, users: 0, close: openLiveConnection(client, userId) };
    const mine = shared;
    clearTimeout(mine.closing);
    mine.users += 1;
    return () => {
      mine.users -= 1;
      if (mine.users > 0) return;
      mine.closing = setTimeout(() => {
        if (mine.users > 0) return;
        mine.close();
        if (shared === mine) shared = null;
      }, KEEP_OPEN_MS);
    };
  }, [client, userId]);
}

/**
 * Closes the tab's stream at once, for a sign-out: kept open past the page, it would outlive the session, and its
 * server ending it then would have it ask for a new token, refused.
 */
export function closeLiveChanges(): void {
  if (!shared) return;
  clearTimeout(shared.closing);
  shared.close();
  shared = null;
}
