"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CreateTask, Task } from "@todo/contracts";
import { useCallback } from "react";
import { apiCall } from "@/lib/api-call";
import { cancelKeepingPages } from "@/lib/keeping-pages";
import { reportFailure } from "@/lib/report-failure";
import { taskKeys } from "./keys";
import { prependTask } from "./list-cache";
import { refreshAfterWrite } from "./refresh-after-write";

/**
 * Creates a task and shows it first in every cached list it matches. Not optimistic: the form keeps
 * what was typed until the server has taken it. Answers the task saved, or null when it was not.
 */
export function useAddTask(userId: string): (input: CreateTask) => Promise<Task | null> {
  const client = useQueryClient();
  const { mutateAsync } = useMutation({
    mutationKey: taskKeys.writes(userId),
    mutationFn: (input: CreateTask) => apiCall((api) => api.createTask(userId, input)),
    // A list or count on its way predates the new task: its answer must not be shown without it.
    onMutate: () => cancelKeepingPages(client, { queryKey: taskKeys.all(userId) }),
    onSuccess: (task) => {
      client.setQueryData(taskKeys.saved(userId, task.id), task);
      prependTask(client, userId, task);
    },
    onError: (error) => {
      reportFailure(error);
    },
    onSettled: () => refreshAfterWrite(client, userId, "write"),
  });
  return useCallback(
    (input: CreateTask) =>
      mutateAsync(input).then(
        (task) => task,
        () => null,
      ),
    [mutateAsync],
  );
}
