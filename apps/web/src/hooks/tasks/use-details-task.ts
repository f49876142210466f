"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { Task } from "@todo/contracts";
import { browserApi } from "@/lib/browser-api";
import { shownTask } from "./list-cache";
import { taskByIdQuery } from "./task-queries";

/**
 * The task whose details are open (`id`): the page's copy, or one a list it holds has (a task of another list). One
 * opened by its id (`linked`: a link, a history entry, a reminder) that no list holds, past the pages loaded or in a
 * list not loaded, is asked for by its id (the server's page brings the answer along for a link's `?task=`). `gone`
 * once the answer is that the user has no such task (a 404); `failed` holds the error when no answer came (the
 * server away, no network), once the request is over: the task may well be there, and asking again may show it.
 */
export function useDetailsTask(userId: string, id: number | null, linked: number | null, shown: Task[]) {
  const client = useQueryClient();
  const held = id === null ? null : (shown.find((t) => t.id === id) ?? shownTask(client, userId, id) ?? null);
  const asked = id !== null && id === linked && held === null;
  const byId = useQuery({ ...taskByIdQuery(browserApi, userId, id ?? 0), enabled: asked });
  return {
    task: held ?? (asked ? (byId.data ?? null) : null),
    gone: asked && byId.data === null,
    failed: asked && byId.data === undefined && byId.isError && !byId.isFetching ? byId.error : null,
  };
}
