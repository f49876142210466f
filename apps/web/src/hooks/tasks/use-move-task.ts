"use client";

import { mutationOptions, type QueryClient, useQueryClient } from "@tanstack/react-query";
import type { MoveTask, Task } from "@todo/contracts";
import { useCallback } from "react";
import { apiCall } from "@/lib/api-call";
import { cancelKeepingPages } from "@/lib/keeping-pages";
import { reportFailure } from "@/lib/report-failure";
import { taskKeys, taskScope } from "./keys";
import { knownTags, placesOf, placeTask, reorderTask, restoreTask, type TaskPlaces } from "./list-cache";
import { refreshAfterWrite } from "./refresh-after-write";
import { runMutation } from "./run-mutation";

export interface MoveVariables {
  task: Task;
  move: MoveTask;
}

/**
 * Places a task in its list's manual order (before or after another) or in another list: shown at
 * once in every cached list (reordered where they are in manual order), put back if refused.
 */
export function moveTaskOptions(client: QueryClient, userId: string, id: number) {
  return mutationOptions<Task, Error, MoveVariables, { places: TaskPlaces }>({
    mutationKey: taskKeys.writes(userId),
    scope: taskScope(id),
    mutationFn: ({ task, move }) =>
      apiCall((api) => api.moveTask(userId, id, move, { ifMatch: knownTags(client, userId, task) })),
    onMutate: async ({ task, move }) => {
      await cancelKeepingPages(client, { queryKey: taskKeys.all(userId) });
      const places = placesOf(client, userId, id);
      reorderTask(client, userId, task, move);
      return { places };
    },
    onSuccess: (saved) => {
      client.setQueryData(taskKeys.saved(userId, id), saved);
      placeTask(client, userId, saved);
    },
    onError: (error, _, context) => {
      if (context) restoreTask(client, userId, id, context.places);
      reportFailure(error);
    },
    onSettled: () => refreshAfterWrite(client, userId, "write"),
  });
}

/** Moves a task (drag and drop, Alt+↑/↓, "Move to…"); each task's moves and changes one after another. */
export function useMoveTask(userId: string): (task: Task, move: MoveTask) => Promise<void> {
  const client = useQueryClient();
  return useCallback(
    (task: Task, move: MoveTask) =>
      runMutation(client, moveTaskOptions(client, userId, task.id), { task, move }).then(
        () => undefined,
        () => undefined,
      ),
    [client, userId],
  );
}
