"use client";

import { useQueryClient } from "@tanstack/react-query";
import { tagKey } from "@todo/contracts";
import { useCallback } from "react";
import { taskKeys } from "./keys";
import type { ListData } from "./list-cache";

/**
 * The user's tags this page has seen, most used first (suggestions while tagging), read from the
 * cached lists each time it is called: a picker calls it when it opens.
 */
export function useKnownTags(userId: string): () => string[] {
  const client = useQueryClient();
  return useCallback(() => {
    const uses = new Map<string, { tag: string; count: number }>();
    for (const [, data] of client.getQueriesData<ListData>({ queryKey: taskKeys.lists(userId) }))
      for (const page of data?.pages ?? [])
        for (const task of page.tasks)
          for (const tag of task.tags) {
            const entry = uses.get(tagKey(tag)) ?? { tag, count: 0 };
            entry.count += 1;
            uses.set(tagKey(tag), entry);
          }
    return [...uses.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag)).map((e) => e.tag);
  }, [client, userId]);
}
