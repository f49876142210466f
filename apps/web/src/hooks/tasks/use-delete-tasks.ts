"use client";

import { useQueryClient } from "@tanstack/react-query";
import { type Task, taskEtag } from "@todo/contracts";
import { useCallback, useEffect, useRef } from "react";
import { useErrorToast, useToast } from "@/components/ui/toaster";
import { keepaliveClient } from "@/lib/api-client";
import { SessionEndedError } from "@/lib/session-token";
import { deleteTaskOptions, UndoneError } from "./delete-task";
import { runMutation } from "./run-mutation";

const UNDO_MS = 5_000;

/**
 * Deleting hides the tasks at once and offers Undo; the server is told when the offer runs out,
 * or at once if the page is closed first.
 */
export function useDeleteTasks(userId: string): (tasks: Task[]) => void {
  const client = useQueryClient();
  const toast = useToast();
  const onError = useErrorToast();
  /** Tasks whose undo offer is still open, and how to end it without the usual request. */
  const offered = useRef(new Map<number, { task: Task; undo: () => void }>());

  const remove = useCallback(
    (tasks: Task[]) => {
      if (!tasks.length) return;
      let undo = () => {};
      const offer = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, UNDO_MS);
        undo = () => {
          clearTimeout(timer);
          reject(new UndoneError());
        };
      });
      const closed = () => {
        for (const task of tasks) offered.current.delete(task.id);
      };
      offer.then(closed, closed);
      for (const task of tasks) offered.current.set(task.id, { task, undo });

      const sent = tasks.map((task) =>
        runMutation(client, deleteTaskOptions(client, userId, task.id), { task, offer }),
      );
      toast(
        {
          message: tasks.length === 1 ? "Task deleted" : `${tasks.length} tasks deleted`,
          tone: "info",
          action: { label: "Undo", onAction: undo },
        },
        UNDO_MS,
      );
      void Promise.allSettled(sent).then((results) => {
        const failed = results.filter(
          (r) => r.status === "rejected" && !(r.reason instanceof UndoneError || r.reason instanceof SessionEndedError),
        ).length;
        if (failed) onError(failed === 1 ? "The task could not be deleted." : `${failed} tasks could not be deleted.`);
      });
    },
    [client, userId, toast, onError],
  );

  useEffect(() => {
    const flush = () => {
      for (const { task, undo } of offered.current.values()) {
        undo();
        void keepaliveClient.deleteTask(userId, task.id, { ifMatch: taskEtag(task) });
      }
      offered.current.clear();
    };
    window.addEventListener("pagehide", flush);
    return () => window.removeEventListener("pagehide", flush);
  }, [userId]);

  return remove;
}
