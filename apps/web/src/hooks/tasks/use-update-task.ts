"use client";

import { mutationOptions, type QueryClient, useQueryClient } from "@tanstack/react-query";
import type { Task, UpdateTask } from "@todo/contracts";
import { useCallback } from "react";
import { toast } from "sonner";
import { ApiError, apiCall } from "@/lib/api-call";
import { cancelKeepingPages } from "@/lib/keeping-pages";
import { changeFailed } from "@/lib/problem-text";
import { SessionEndedError } from "@/lib/session-token";
import { taskKeys, taskScope } from "./keys";
import { knownTags, latestKnown, placesOf, placeTask, restoreTask, shownTask, type TaskPlaces } from "./list-cache";
import { refreshAfterWrite } from "./refresh-after-write";
import { runMutation } from "./run-mutation";

export interface Conflict {
  mine: UpdateTask;
  theirs: Task;
}

export interface UpdateVariables {
  task: Task;
  change: UpdateTask;
  /** Sent after the user chose their change over the other version: a 412 now is an error, not a question. */
  force?: boolean;
}

interface Handlers {
  onError: (message: string) => void;
  onConflict: (conflict: Conflict) => void;
}

/** Changes to this task made after `variables`, still waiting for their turn in its scope. */
function laterChanges(client: QueryClient, userId: string, id: number, variables: UpdateVariables): UpdateTask[] {
  return client
    .getMutationCache()
    .findAll({
      mutationKey: taskKeys.writes(userId),
      status: "pending",
      predicate: (m) => m.options.scope?.id === taskScope(id).id && m.state.variables !== variables,
    })
    .map((m) => (m.state.variables as UpdateVariables).change);
}

/**
 * A change to one task: shown at once in every cached list, sent with the version it was made on
 * (after the task's earlier changes, so quick successive edits never conflict with each other), and
 * put back as it was if the server refuses it; a 412 asks the user which version to keep.
 */
export function updateTaskOptions(client: QueryClient, userId: string, id: number, handlers: Handlers) {
  const remember = (task: Task) => client.setQueryData(taskKeys.saved(userId, id), task);
  return mutationOptions<Task, Error, UpdateVariables, { places: TaskPlaces }>({
    mutationKey: taskKeys.writes(userId),
    scope: taskScope(id),
    mutationFn: async ({ task, change }) => {
      const send = () =>
        apiCall((api) => api.updateTask(userId, id, change, { ifMatch: knownTags(client, userId, task) }));
      try {
        return await send();
      } catch (error) {
        if (!(error instanceof ApiError && error.problem.status === 412)) throw error;
        // No other write to the task may have come, only its subtasks' counts moved (they are in a parent's ETag):
        // then nothing of the user's is in question, and the change goes again on the version the server has.
        const current = await apiCall((api) => api.getTask(userId, id)).catch(() => null);
        if (current?.updatedAt !== latestKnown(client, userId, task).updatedAt) throw error;
        remember(current);
        return send();
      }
    },
    onMutate: async ({ task, change }) => {
      // A list on its way predates this change: its answer must not be shown over it.
      await cancelKeepingPages(client, { queryKey: taskKeys.all(userId) });
      const places = placesOf(client, userId, id);
      // Without a due date, a task has no time nor repeat either (the server clears them with it).
      const cleared = change.dueDate === null ? { dueTime: null, recurrence: null } : {};
      placeTask(client, userId, { ...(shownTask(client, userId, id) ?? task), ...change, ...cleared } as Task);
      return { places };
    },
    onSuccess: (saved, variables) => {
      remember(saved);
      placeTask(client, userId, Object.assign({}, saved, ...laterChanges(client, userId, id, variables)));
    },
    onError: async (error, { change, force }, context) => {
      if (context) restoreTask(client, userId, id, context.places);
      if (error instanceof SessionEndedError) return;
      if (error instanceof ApiError && error.problem.status === 412 && !force) {
        const theirs = await apiCall((api) => api.getTask(userId, id)).catch(() => null);
        if (theirs) {
          remember(theirs);
          placeTask(client, userId, theirs);
          return handlers.onConflict({ mine: change, theirs });
        }
      }
      handlers.onError(changeFailed(error));
    },
    onSettled: () => refreshAfterWrite(client, userId, "write"),
  });
}

/**
 * Changes a task; any number at once, each task's one after another. Failures are told with a toast. Resolves to
 * whether the change is in hand: saved, handed to the question of which version to keep (which holds it), or moot
 * as the session ended; false when it was not saved, so that where it was typed can take it back.
 */
export function useUpdateTask(userId: string, onConflict: Handlers["onConflict"]) {
  const client = useQueryClient();
  return useCallback(
    (task: Task, change: UpdateTask, { force = false } = {}): Promise<boolean> => {
      let asked = false;
      const handlers = {
        onError: showError,
        onConflict: (conflict: Conflict) => {
          asked = true;
          onConflict(conflict);
        },
      };
      return runMutation(client, updateTaskOptions(client, userId, task.id, handlers), { task, change, force }).then(
        () => true,
        (error: unknown) => asked || error instanceof SessionEndedError,
      );
    },
    [client, userId, onConflict],
  );
}

function showError(message: string) {
  toast.error(message);
}
