"use client";

import { useQueryClient } from "@tanstack/react-query";
import { type Task, taskEtag } from "@todo/contracts";
import { useCallback, useEffect, useRef } from "react";
import { toast } from "sonner";
import { offerUndo, withdrawUndo } from "@/hooks/undo/last-undo";
import { UndoOffer } from "@/hooks/undo/undo-offer";
import { loadApiClients, loadedApiClients } from "@/lib/load-api-clients";
import { SessionEndedError } from "@/lib/session-token";
import { deleteTaskOptions, UndoneError } from "./delete-task";
import { runMutation } from "./run-mutation";

const UNDO_MS = 5_000;
const TOAST_ID = "tasks-deleted";

function deletedText(count: number): string {
  return count === 1 ? "Task deleted" : `${count} tasks deleted`;
}

/**
 * Deleting hides the tasks at once and offers Undo in one toast: deletes made while it shows join
 * it (its Undo brings them all back, and its time starts again). The server is told when the offer
 * runs out, or at once if the page is closed first.
 */
export function useDeleteTasks(userId: string): (tasks: Task[]) => void {
  const client = useQueryClient();
  const current = useRef<UndoOffer | null>(null);
  /** Tasks whose undo offer is still open. */
  const offered = useRef(new Map<number, Task>());

  const remove = useCallback(
    (tasks: Task[]) => {
      if (!tasks.length) return;
      let offer = current.current;
      if (!offer?.open) {
        const fresh = new UndoOffer(UNDO_MS);
        const entry = offerUndo(() => fresh.take());
        const end = () => {
          withdrawUndo(entry);
          toast.dismiss(TOAST_ID);
        };
        fresh.settled.then(end, end);
        offer = current.current = fresh;
      }
      offer.join(tasks.length);
      const settled = offer.settled;
      for (const task of tasks) offered.current.set(task.id, task);
      // Ready for the page going away before the offer ends (see the pagehide flush below).
      void loadApiClients().catch(() => {});
      const sent = tasks.map((task) =>
        runMutation(client, deleteTaskOptions(client, userId, task.id), { task, offer: settled }).then(
          () => offered.current.delete(task.id),
          (error: unknown) => {
            offered.current.delete(task.id);
            throw error;
          },
        ),
      );
      const shown = offer;
      toast(deletedText(offer.count), {
        id: TOAST_ID,
        // The offer's own time decides (it restarts as deletes join): the toast goes when it ends.
        duration: Number.POSITIVE_INFINITY,
        action: { label: "Undo", onClick: () => shown.take() },
      });
      void Promise.allSettled(sent).then((results) => {
        const failed = results.filter(
          (r) => r.status === "rejected" && !(r.reason instanceof UndoneError || r.reason instanceof SessionEndedError),
        ).length;
        if (failed)
          toast.error(failed === 1 ? "The task could not be deleted." : `${failed} tasks could not be deleted.`);
      });
    },
    [client, userId],
  );

  useEffect(() => {
    const flush = () => {
      // The mutations wait on the offer; the page may be gone before they run: send with keepalive now.
      // Loaded when the deletes were offered (below).
      const keepalive = loadedApiClients()?.keepaliveClient;
      for (const task of offered.current.values())
        void keepalive?.deleteTask(userId, task.id, { ifMatch: taskEtag(task) });
      offered.current.clear();
      current.current?.take();
    };
    window.addEventListener("pagehide", flush);
    return () => window.removeEventListener("pagehide", flush);
  }, [userId]);

  return remove;
}
