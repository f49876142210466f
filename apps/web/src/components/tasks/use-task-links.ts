"use client";

import type { Task } from "@todo/contracts";
import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { useDetailsTask } from "@/hooks/tasks/use-details-task";
import { leaveSheetEntry, shownByThisEntry, useSheetEntryLanding } from "@/hooks/use-back-closes";
import { ApiError } from "@/lib/api-call";
import { reason } from "@/lib/problem-text";
import { SessionEndedError } from "@/lib/session-token";
import { linkedTaskId } from "@/lib/task-link";

interface TaskLinks {
  userId: string;
  /** The page's own path: only its history entries are its to open. */
  path: string;
  /** The tasks the page shows. */
  shown: Task[];
  detailsId: number | null;
  setDetailsId: (id: number | null) => void;
}

/**
 * Opens a task's details by its id, wherever its list has it: from the address (a reminder's link, a task the palette
 * found in another list: `?task=ID`, then dropped from the address), from a history entry a sheet added (a reload, Back
 * to the page, Forward after Back closed them), or from a reminder in the page. Answers the task shown (null while it
 * is on its way, or when the user has no such task: nothing opens then but a toast saying so, and a sheet's entry is
 * left, as its Back would do nothing visible; the same when the task could not be asked for, the toast offering to
 * try again), and the way to open one by its id.
 */
export function useTaskLinks({ userId, path, shown, detailsId, setDetailsId }: TaskLinks) {
  const [linkedId, setLinkedId] = useState<number | null>(null);
  // Opened from a sheet's history entry and not shown yet.
  const fromEntry = useRef<number | null>(null);
  // The task the open details have shown (null once they close).
  const wasShown = useRef<number | null>(null);
  const openById = useCallback(
    (id: number) => {
      setLinkedId(id);
      setDetailsId(id);
    },
    [setDetailsId],
  );
  const { task, gone, failed } = useDetailsTask(userId, detailsId, linkedId, shown);

  const taskParam = useSearchParams().get("task");
  const mounted = useRef(false);
  useEffect(() => {
    const first = !mounted.current;
    mounted.current = true;
    if (taskParam === null) {
      const shows = first ? shownByThisEntry() : null;
      if (shows === null) return;
      fromEntry.current = shows;
      openById(shows);
      return;
    }
    const id = linkedTaskId(taskParam);
    if (id !== null) openById(id);
    const url = new URL(window.location.href);
    url.searchParams.delete("task");
    window.history.replaceState(window.history.state, "", url);
  }, [taskParam, openById]);

  useSheetEntryLanding(path, (shows) => {
    if (detailsId !== null) return;
    fromEntry.current = shows;
    openById(shows);
  });

  useEffect(() => {
    if (task && fromEntry.current === task.id) fromEntry.current = null;
    if (task) wasShown.current = task.id;
    else if (detailsId === null) wasShown.current = null;
    if ((!gone && !failed) || detailsId === null) return;
    setDetailsId(null);
    const id = detailsId;
    // The server away, or no network: the task may well be there. (A session that ended says so on the sign-in page.)
    if (failed) {
      if (!(failed instanceof SessionEndedError))
        toast.error("This task could not be opened", {
          id: `task-${id}-not-opened`,
          description: failed instanceof ApiError ? reason(failed.problem) : undefined,
          action: { label: "Try again", onClick: () => openById(id) },
        });
    }
    // Never shown: the page alone would look as if the link did nothing. (One deleted while shown says so itself.)
    else if (wasShown.current !== id)
      toast("This task could not be found", { description: "It may have been deleted." });
    if (fromEntry.current === id) leaveSheetEntry(id);
    fromEntry.current = null;
  }, [task, gone, failed, detailsId, setDetailsId, openById]);

  return { details: task, openById };
}
