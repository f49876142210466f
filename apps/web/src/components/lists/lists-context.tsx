"use client";

import type { List } from "@todo/contracts";
import { createContext, useContext } from "react";

interface ListsContextValue {
  /** The user's lists; null while loading. */
  lists: List[] | null;
  /** Whether rows name their list: in views across lists (Today, Upcoming). */
  nameTaskLists: boolean;
}

/** What a task row shows and offers about lists: its list's name across lists, "Move to". */
export const ListsContext = createContext<ListsContextValue>({ lists: null, nameTaskLists: false });

export function useListsContext(): ListsContextValue {
  return useContext(ListsContext);
}
