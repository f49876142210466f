"use client";

import { useInfiniteQuery, useMutationState, useQueryClient } from "@tanstack/react-query";
import type { Task, TaskListPage } from "@todo/contracts";
import { useCallback, useMemo } from "react";
import { toast } from "sonner";
import { ApiError } from "@/lib/api-call";
import { browserApi } from "@/lib/browser-api";
import { invalidateKeepingPages } from "@/lib/keeping-pages";
import type { ListFilters } from "@/lib/list-filters";
import { reason } from "@/lib/problem-text";
import type { PendingDelete } from "./delete-task";
import { taskKeys } from "./keys";
import { loadedTasks } from "./loaded-tasks";
import { taskListQuery } from "./task-queries";

export type Phase = "loading" | "ready" | "error";

/** The list for a set of filters, fetched by the browser (see task-queries.ts). */
export function taskListOptions(userId: string, filters: ListFilters) {
  return taskListQuery(browserApi, userId, filters);
}

/** A list query's tasks, its loaded pages' (see loaded-tasks.ts): those waiting out their undo offer are hidden. */
export function useLoadedTasks(userId: string, data: { pages: readonly TaskListPage[] } | undefined): Task[] {
  const deleting = useMutationState({
    filters: { mutationKey: taskKeys.deletes(userId), status: "pending" },
    select: (mutation) => (mutation.state.variables as PendingDelete).task.id,
  });
  return useMemo(() => loadedTasks(data?.pages ?? [], new Set(deleting)), [data, deleting]);
}

/** The tasks shown for a set of filters: those waiting out their undo offer are hidden. */
export function useTaskList(userId: string, filters: ListFilters, { enabled = true } = {}) {
  const client = useQueryClient();
  const query = useInfiniteQuery({ ...taskListOptions(userId, filters), enabled });
  const tasks = useLoadedTasks(userId, query.data);

  const { fetchNextPage } = query;
  const loadMore = useCallback(async () => {
    const result = await fetchNextPage();
    if (result.isError)
      toast.error(result.error instanceof ApiError ? reason(result.error.problem) : "More tasks could not be loaded.");
  }, [fetchNextPage]);

  const reload = useCallback(
    () => void invalidateKeepingPages(client, { queryKey: taskKeys.all(userId) }),
    [client, userId],
  );

  // A failed refetch keeps the tasks already shown: only a list never loaded is an error.
  const phase: Phase = query.data ? "ready" : query.isError ? "error" : "loading";
  return {
    tasks,
    phase,
    /** Why the list could not be loaded, in words for the user; null unless `phase` is "error". */
    loadError: phase === "error" && query.error instanceof ApiError ? reason(query.error.problem) : null,
    hasMore: query.hasNextPage,
    loadMore,
    reload,
  };
}
