import { mutationOptions, type QueryClient } from "@tanstack/react-query";
import type { Task } from "@todo/contracts";
import { nextOccurrence, parseRule } from "@todo/dates";
import { toast } from "sonner";
import { ApiError, apiCall } from "@/lib/api-call";
import { cancelKeepingPages } from "@/lib/keeping-pages";
import { reportFailure } from "@/lib/report-failure";
import { taskKeys, taskScope } from "./keys";
import { placesOf, placeTask, restoreTask, shownTask, type TaskPlaces } from "./list-cache";
import { refreshAfterWrite } from "./refresh-after-write";

/** A recurring task's occurrence completed: the task as it now is, and the completion recorded (null if none was). */
export interface OccurrenceDone {
  task: Task;
  completionId: number | null;
}

/**
 * What completing a recurring task leaves, when the page can tell before the server answers: moved to
 * its next date (subtasks not done again), or completed for good when its UNTIL has passed. Null when
 * it cannot tell: a rule with COUNT depends on how many occurrences came before, which only the server
 * knows; and for a task that is not a recurring one.
 */
export function predictCompletion(task: Task, today: string): Task | null {
  if (!task.recurrence || !task.dueDate || task.completed) return null;
  const parsed = parseRule(task.recurrence.rule);
  if (!parsed.ok || parsed.rule.count !== undefined) return null;
  const next = nextOccurrence(
    { rule: parsed.rule, from: task.recurrence.from },
    { dueDate: task.dueDate, occurrence: 1 },
    today,
  );
  return next
    ? { ...task, dueDate: next.dueDate, subtasks: { ...task.subtasks, completed: 0 } }
    : { ...task, completed: true };
}

/**
 * Completes a recurring task's occurrence (`PATCH …/complete`, never `{completed}` in a PATCH, which
 * would end the series without a completion). Shown at once where the outcome is certain; put back if
 * refused. No If-Match: an occurrence completed meanwhile elsewhere is not completed twice (the
 * server answers the task as it is, without a completion).
 */
export function completeOccurrenceOptions(client: QueryClient, userId: string, id: number) {
  return mutationOptions<OccurrenceDone, Error, { task: Task; today: string }, { places: TaskPlaces }>({
    mutationKey: taskKeys.writes(userId),
    scope: taskScope(id),
    mutationFn: () =>
      apiCall(async (api) => {
        const result = await api.completeTask(userId, id, { completed: true });
        return result.ok
          ? { ok: true, data: { task: result.data, completionId: result.completionId ?? null } }
          : result;
      }),
    onMutate: async ({ task, today }) => {
      await cancelKeepingPages(client, { queryKey: taskKeys.all(userId) });
      const places = placesOf(client, userId, id);
      const predicted = predictCompletion(shownTask(client, userId, id) ?? task, today);
      if (predicted) placeTask(client, userId, predicted);
      return { places };
    },
    onSuccess: ({ task }) => {
      client.setQueryData(taskKeys.saved(userId, id), task);
      placeTask(client, userId, task);
    },
    onError: (error, _, context) => {
      if (context) restoreTask(client, userId, id, context.places);
      reportFailure(error);
    },
    onSettled: () => refreshAfterWrite(client, userId, "write"),
  });
}

/**
 * Undoes a completion (`DELETE …/completions/{id}`): the task goes back to the date it had, at once, and
 * as the server answers. Only the latest completion of a task can be undone (409 for an older one).
 */
export function undoOccurrenceOptions(client: QueryClient, userId: string, id: number) {
  return mutationOptions<Task, Error, { before: Task; completionId: number }, { places: TaskPlaces }>({
    mutationKey: taskKeys.writes(userId),
    scope: taskScope(id),
    mutationFn: ({ completionId }) => apiCall((api) => api.undoCompletion(userId, id, completionId)),
    onMutate: async ({ before }) => {
      await cancelKeepingPages(client, { queryKey: taskKeys.all(userId) });
      const places = placesOf(client, userId, id);
      placeTask(client, userId, { ...(shownTask(client, userId, id) ?? before), ...restored(before) });
      return { places };
    },
    onSuccess: (task) => {
      client.setQueryData(taskKeys.saved(userId, id), task);
      placeTask(client, userId, task);
    },
    onError: (error, _, context) => {
      if (context) restoreTask(client, userId, id, context.places);
      if (error instanceof ApiError && error.problem.status === 409)
        toast.error("It was completed again since: that completion can no longer be undone.");
      else reportFailure(error);
    },
    onSettled: () => refreshAfterWrite(client, userId, "write"),
  });
}

/** What an undo puts back of the task as it was before its completion. */
function restored(before: Task): Partial<Task> {
  return { dueDate: before.dueDate, dueTime: before.dueTime, completed: false, subtasks: before.subtasks };
}
