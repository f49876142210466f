"use client";

import { useQueryClient } from "@tanstack/react-query";
import type { Task } from "@todo/contracts";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { toast } from "sonner";
import { describeDue, userClock } from "@/components/tasks/due-date";
import { cachedTasks } from "@/hooks/tasks/list-cache";
import { subscribeMinute } from "@/lib/minute-clock";
import { dueReminders } from "./due-reminders";

/** The reminders this tab already showed: each once, however often the watcher looks. */
const shown = new Set<string>();

/** Whether this browser gets reminders by push (its service worker then tells the page about each one). */
async function pushSubscribed(): Promise<boolean> {
  const registration = await navigator.serviceWorker?.getRegistration("/");
  return Boolean(await registration?.pushManager?.getSubscription());
}

type Due = Pick<Task, "id" | "title" | "dueDate" | "dueTime">;

/**
 * Shows a due reminder in the page while it is open, as a toast with an "Open" action: the ones the
 * service worker gets by push, or, on a device without a push subscription, the ones of the tasks this
 * page holds whose time passes (each once per tab).
 */
export function useReminderToasts(userId: string, zone: string, onOpen: (taskId: number) => void) {
  const queryClient = useQueryClient();
  const router = useRouter();
  const open = useRef(onOpen);
  useEffect(() => {
    open.current = onOpen;
  });

  useEffect(() => {
    function remind(key: string, task: Due) {
      if (shown.has(key)) return;
      shown.add(key);
      const due = task.dueDate && describeDue({ ...task, dueDate: task.dueDate }, false, userClock(zone)).label;
      // One toast per task: a later reminder of it replaces the earlier one, as its notification does.
      toast(task.title, {
        id: `reminder-${task.id}`,
        description: due ? `Reminder · due ${due}` : "Reminder",
        duration: Number.POSITIVE_INFINITY,
        closeButton: true,
        action: { label: "Open", onClick: () => open.current(task.id) },
      });
    }

    const worker = typeof navigator === "undefined" ? undefined : navigator.serviceWorker;
    function onMessage({ data }: MessageEvent) {
      if (data?.kind === "push" && data.message?.type === "reminder") {
        const { taskId, title, dueDate, dueTime } = data.message;
        remind(`push:${taskId}:${dueDate}:${dueTime}:${Date.now()}`, { id: taskId, title, dueDate, dueTime });
      } else if (data?.kind === "open" && typeof data.url === "string" && data.url.startsWith("/")) {
        router.push(data.url);
      }
    }
    worker?.addEventListener("message", onMessage);

    let from = Date.now();
    const stop = subscribeMinute(async () => {
      const to = Date.now();
      const since = from;
      from = to;
      if (await pushSubscribed().catch(() => false)) return;
      for (const reminder of dueReminders(cachedTasks(queryClient, userId), zone, since, to))
        remind(reminder.key, reminder.task);
    });
    return () => {
      stop();
      worker?.removeEventListener("message", onMessage);
    };
  }, [userId, zone, queryClient, router]);
}
