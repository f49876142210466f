"use client";

import { type ApiResult, type Task, taskEtag } from "@todo/contracts";
import { type Dispatch, type SetStateAction, useCallback, useEffect, useRef } from "react";
import { apiClient, keepaliveClient } from "@/lib/api-client";

const UNDO_MS = 5_000;

interface Options {
  userId: string;
  setTasks: Dispatch<SetStateAction<Task[]>>;
  call: <T>(request: () => Promise<ApiResult<T>>, kind?: "read" | "write") => Promise<ApiResult<T> | null>;
  onDeleted: () => void;
  onError: (message: string) => void;
  offerUndo: (message: string, undo: () => void, durationMs: number) => void;
}

/** Puts the deleted tasks back where they stood, keeping whatever changed in the list meanwhile. */
function restoreAt(current: Task[], before: Task[], ids: Set<number>): Task[] {
  const result = [...current];
  before.forEach((task, index) => {
    if (ids.has(task.id)) result.splice(Math.min(index, result.length), 0, task);
  });
  return result;
}

/**
 * Deleting hides the tasks at once and offers Undo; the server is told when the offer runs out,
 * or at once if the page is closed first.
 */
export function useUndoableDelete({ userId, setTasks, call, onDeleted, onError, offerUndo }: Options) {
  const pending = useRef(new Map<number, { task: Task; timer: ReturnType<typeof setTimeout> }>());

  const commit = useCallback(
    async (tasks: Task[]) => {
      const results = await Promise.all(
        tasks.map((task) => {
          pending.current.delete(task.id);
          return call(() => apiClient.deleteTask(userId, task.id, { ifMatch: taskEtag(task) }), "write");
        }),
      );
      const failed = tasks.filter((_, i) => {
        const result = results[i];
        return result && !result.ok && result.problem.status !== 404;
      });
      if (failed.length) {
        setTasks((all) => [...failed, ...all]);
        onError(
          failed.length === 1 ? "The task could not be deleted." : `${failed.length} tasks could not be deleted.`,
        );
      }
      onDeleted();
    },
    [call, onDeleted, onError, setTasks, userId],
  );

  const remove = useCallback(
    (tasks: Task[]) => {
      if (!tasks.length) return;
      const ids = new Set(tasks.map((t) => t.id));
      let snapshot: Task[] = [];
      setTasks((all) => {
        snapshot = all;
        return all.filter((t) => !ids.has(t.id));
      });
      const timer = setTimeout(() => void commit(tasks), UNDO_MS);
      for (const task of tasks) pending.current.set(task.id, { task, timer });
      offerUndo(
        tasks.length === 1 ? "Task deleted" : `${tasks.length} tasks deleted`,
        () => {
          clearTimeout(timer);
          for (const id of ids) pending.current.delete(id);
          setTasks((all) => restoreAt(all, snapshot, ids));
        },
        UNDO_MS,
      );
    },
    [commit, offerUndo, setTasks],
  );

  useEffect(() => {
    const flush = () => {
      for (const { task, timer } of pending.current.values()) {
        clearTimeout(timer);
        void keepaliveClient.deleteTask(userId, task.id, { ifMatch: taskEtag(task) });
      }
      pending.current.clear();
    };
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
    };
  }, [userId]);

  return remove;
}
