"use client";

import { mutationOptions, type QueryClient, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type MoveTask, type Task, taskEtag, type UpdateTask } from "@todo/contracts";
import { apiCall } from "@/lib/api-call";
import { invalidateKeepingPages } from "@/lib/keeping-pages";
import { reportFailure } from "@/lib/report-failure";
import { taskKeys } from "./keys";
import { latestKnown, newestCopy } from "./list-cache";

export type SubtaskWrite =
  | { kind: "add"; title: string }
  | { kind: "update"; task: Task; change: UpdateTask }
  | { kind: "move"; task: Task; move: MoveTask }
  | { kind: "remove"; task: Task };

function send(userId: string, parent: Task, write: SubtaskWrite): Promise<unknown> {
  switch (write.kind) {
    case "add":
      return apiCall((api) => api.createTask(userId, { title: write.title, parentId: parent.id }));
    case "update":
      return apiCall((api) => api.updateTask(userId, write.task.id, write.change, { ifMatch: taskEtag(write.task) }));
    case "move":
      return apiCall((api) => api.moveTask(userId, write.task.id, write.move, { ifMatch: taskEtag(write.task) }));
    case "remove":
      return apiCall((api) => api.deleteTask(userId, write.task.id, { ifMatch: taskEtag(write.task) }));
  }
}

/**
 * A write naming the newest version of its subtask this page knows (its ETag goes with it): of the
 * copy it was asked with, the one the subtasks show, and the one the server last answered a write with
 * (which a refetch that answers late cannot take back).
 */
function withLatest(client: QueryClient, userId: string, parent: Task, write: SubtaskWrite): SubtaskWrite {
  if (write.kind === "add") return write;
  const shown = client.getQueryData<Task[]>(taskKeys.subtasks(userId, parent.id))?.find((t) => t.id === write.task.id);
  return { ...write, task: newestCopy(latestKnown(client, userId, write.task), [shown]) };
}

/** The subtasks as they will be once a write is taken: shown at once, the server's answer replaces them. */
function applied(subtasks: Task[], write: SubtaskWrite): Task[] {
  switch (write.kind) {
    case "add":
      return subtasks;
    case "update":
      return subtasks.map((t) => (t.id === write.task.id ? ({ ...t, ...write.change } as Task) : t));
    case "remove":
      return subtasks.filter((t) => t.id !== write.task.id);
    case "move": {
      // The copy shown moves, not the one the write was asked with: that may be older (asked before a re-render).
      const moved = subtasks.find((t) => t.id === write.task.id);
      const rest = subtasks.filter((t) => t.id !== write.task.id);
      const anchor = rest.findIndex((t) => t.id === (write.move.before ?? write.move.after));
      if (!moved || anchor < 0) return subtasks;
      rest.splice(write.move.before !== undefined ? anchor : anchor + 1, 0, moved);
      return rest;
    }
  }
}

/**
 * The writes to a task's subtasks: add (last under the parent), change, move (before or after a
 * sibling), delete. Each is shown at once and put back if refused; they are sent one after another
 * (one scope), each with the version the answers before it left.
 */
export function subtaskWriteOptions(client: QueryClient, userId: string, parent: Task) {
  const key = taskKeys.subtasks(userId, parent.id);
  return mutationOptions<unknown, Error, SubtaskWrite, { before: Task[] | undefined }>({
    mutationKey: taskKeys.writes(userId),
    scope: { id: `subtasks-${parent.id}` },
    mutationFn: (write) => send(userId, parent, withLatest(client, userId, parent, write)),
    onMutate: async (write) => {
      await client.cancelQueries({ queryKey: key });
      const before = client.getQueryData<Task[]>(key);
      if (before) client.setQueryData(key, applied(before, write));
      return { before };
    },
    onSuccess: (saved) => {
      const task = saved as Task | undefined;
      if (!task?.id) return;
      client.setQueryData(taskKeys.saved(userId, task.id), task);
      client.setQueryData<Task[]>(key, (all) => all?.map((t) => (t.id === task.id ? task : t)));
    },
    onError: (error, _, context) => {
      if (context?.before) client.setQueryData(key, context.before);
      reportFailure(error);
    },
    onSettled: () => invalidateKeepingPages(client, { queryKey: taskKeys.all(userId) }),
  });
}

/**
 * A task's subtasks, in their own order, and the writes to them (`subtaskWriteOptions`); the
 * parent's progress ("2/5") follows once the lists refresh.
 */
export function useSubtasks(userId: string, parent: Task) {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: taskKeys.subtasks(userId, parent.id),
    queryFn: async () =>
      (await apiCall((api) => api.listTasks(userId, { parentId: parent.id, sort: "manual", order: "asc", limit: 100 })))
        .tasks,
  });
  const { mutateAsync } = useMutation(subtaskWriteOptions(client, userId, parent));
  const write = (w: SubtaskWrite) =>
    mutateAsync(w).then(
      () => true,
      () => false,
    );
  return {
    subtasks: query.data ?? null,
    failed: query.isError && !query.data,
    add: (title: string) => write({ kind: "add", title }),
    update: (task: Task, change: UpdateTask) => write({ kind: "update", task, change }),
    move: (task: Task, move: MoveTask) => write({ kind: "move", task, move }),
    remove: (task: Task) => write({ kind: "remove", task }),
  };
}
