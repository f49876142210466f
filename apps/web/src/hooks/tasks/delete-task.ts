import { mutationOptions, type QueryClient } from "@tanstack/react-query";
import type { Task } from "@todo/contracts";
import { ApiError, apiCall } from "@/lib/api-call";
import { cancelKeepingPages } from "@/lib/keeping-pages";
import { taskKeys, taskScope } from "./keys";
import { dropTask, knownTags } from "./list-cache";
import { refreshAfterWrite } from "./refresh-after-write";

/** The user took Undo: the deletion ends without a word to the server. */
export class UndoneError extends Error {
  constructor() {
    super("Deletion undone");
    this.name = "UndoneError";
  }
}

export interface PendingDelete {
  task: Task;
  /** Resolves when the undo offer runs out; rejects with `UndoneError` when it is taken. */
  offer: Promise<void>;
}

/**
 * Deletes a task once its undo offer runs out. While pending, the lists hide the task (see
 * use-task-list.ts), so Undo or a refused deletion shows it again where it stood.
 */
export function deleteTaskOptions(client: QueryClient, userId: string, id: number) {
  return mutationOptions<void, Error, PendingDelete>({
    mutationKey: taskKeys.deletes(userId),
    scope: taskScope(id),
    mutationFn: async ({ task, offer }) => {
      await offer;
      // A list on its way may predate the deletion: its answer must not bring the task back.
      await cancelKeepingPages(client, { queryKey: taskKeys.all(userId) });
      const ifMatch = knownTags(client, userId, task);
      try {
        await apiCall((api) => api.deleteTask(userId, id, { ifMatch }));
      } catch (error) {
        // Already gone (deleted in another tab): what the user wanted.
        if (!(error instanceof ApiError && error.problem.status === 404)) throw error;
      }
    },
    onSuccess: (_, { task }) => {
      dropTask(client, userId, id);
      // The counts stop subtracting it as pending: until their refetch, subtract it here.
      if (!task.completed)
        for (const [key] of client.getQueriesData<number>({ queryKey: taskKeys.activeCounts(userId) }))
          client.setQueryData<number>(key, (n) => (n ? n - 1 : n));
    },
    onSettled: (_, error) => {
      if (!(error instanceof UndoneError)) refreshAfterWrite(client, userId, "delete");
    },
  });
}
