"use client";

import { useQueryClient } from "@tanstack/react-query";
import type { Task, UpdateTask } from "@todo/contracts";
import type { PlainDate } from "@todo/dates";
import { useCallback } from "react";
import { toast } from "sonner";
import { dueLabel } from "@/components/tasks/due-date";
import { plural } from "@/components/tasks/plural";
import { toastWithUndo } from "@/hooks/undo/toast-with-undo";
import {
  completeOccurrenceOptions,
  type OccurrenceDone,
  predictCompletion,
  undoOccurrenceOptions,
} from "./complete-occurrence";
import { runMutation } from "./run-mutation";

type Update = (task: Task, change: UpdateTask) => Promise<unknown>;

const isOccurrence = (task: Task) => task.recurrence !== null && task.dueDate !== null && !task.completed;

/** What the toast says once a recurring task is done: where it went. */
function movedText(task: Task, today: PlainDate): string {
  if (task.completed || !task.dueDate) return "Completed: it does not repeat again";
  return `Next: ${dueLabel({ dueDate: task.dueDate, dueTime: task.dueTime }, today)}`;
}

/**
 * Completing tasks from the row's checkbox, the x key, the details and "Complete all", each with Undo (a
 * toast, and Ctrl/⌘+Z). A recurring task's occurrence is completed with `…/complete`: the task moves to
 * its next date, and Undo takes that completion back; any other task's state is set with `update`.
 */
export function useCompletion(userId: string, update: Update, today: PlainDate) {
  const client = useQueryClient();

  const completeOccurrence = useCallback(
    (task: Task): { done: Promise<OccurrenceDone | null>; undo: () => void } => {
      const done = runMutation(client, completeOccurrenceOptions(client, userId, task.id), {
        task,
        today,
      }).catch(() => null);
      const undo = () =>
        void done.then((result) => {
          if (result?.completionId)
            void runMutation(client, undoOccurrenceOptions(client, userId, task.id), {
              before: task,
              completionId: result.completionId,
            }).catch(() => {});
        });
      return { done, undo };
    },
    [client, userId, today],
  );

  const toggle = useCallback(
    (task: Task) => {
      if (!isOccurrence(task)) {
        void update(task, { completed: !task.completed });
        if (!task.completed)
          toastWithUndo("Task completed", () => void update({ ...task, completed: true }, { completed: false }));
        return;
      }
      const { done, undo } = completeOccurrence(task);
      const predicted = predictCompletion(task, today);
      // Said at once when the next date is certain, else once the server has said it.
      if (predicted) return toastWithUndo(movedText(predicted, today), undo, task.title);
      void done.then((result) => {
        if (!result) return;
        if (result.completionId === null) toast("Already completed elsewhere", { description: task.title });
        else toastWithUndo(movedText(result.task, today), undo, task.title);
      });
    },
    [update, completeOccurrence, today],
  );

  const completeAll = useCallback(
    (tasks: Task[]) => {
      const undos = tasks.map((task) => {
        if (isOccurrence(task)) return completeOccurrence(task).undo;
        void update(task, { completed: true });
        return () => void update({ ...task, completed: true }, { completed: false });
      });
      toastWithUndo(`${plural(tasks.length, "task", "tasks")} completed`, () => {
        for (const undo of undos) undo();
      });
    },
    [update, completeOccurrence],
  );

  return { toggle, completeAll };
}
