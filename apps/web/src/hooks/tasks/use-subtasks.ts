"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type MoveTask, type Task, taskEtag, type UpdateTask } from "@todo/contracts";
import { apiCall } from "@/lib/api-call";
import { reportFailure } from "@/lib/report-failure";
import { taskKeys } from "./keys";

type Write =
  | { kind: "add"; title: string }
  | { kind: "update"; task: Task; change: UpdateTask }
  | { kind: "move"; task: Task; move: MoveTask }
  | { kind: "remove"; task: Task };

function send(userId: string, parent: Task, write: Write): Promise<unknown> {
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

/** A write naming the newest version of its subtask this page knows (its ETag goes with it). */
function withLatest(write: Write, subtasks: Task[] | undefined): Write {
  if (write.kind === "add") return write;
  const latest = subtasks?.find((t) => t.id === write.task.id);
  return latest && Date.parse(latest.updatedAt) > Date.parse(write.task.updatedAt) ? { ...write, task: latest } : write;
}

/** The subtasks as they will be once a write is taken: shown at once, the server's answer replaces them. */
function applied(subtasks: Task[], write: Write): Task[] {
  switch (write.kind) {
    case "add":
      return subtasks;
    case "update":
      return subtasks.map((t) => (t.id === write.task.id ? ({ ...t, ...write.change } as Task) : t));
    case "remove":
      return subtasks.filter((t) => t.id !== write.task.id);
    case "move": {
      const rest = subtasks.filter((t) => t.id !== write.task.id);
      const anchor = rest.findIndex((t) => t.id === (write.move.before ?? write.move.after));
      if (anchor < 0) return subtasks;
      rest.splice(write.move.before !== undefined ? anchor : anchor + 1, 0, write.task);
      return rest;
    }
  }
}

/**
 * A task's subtasks, in their own order, and the writes to them: add (last under the parent), change,
 * move (before or after a sibling), delete. Each is shown at once and put back if refused; the
 * parent's progress ("2/5") follows once the lists refresh.
 */
export function useSubtasks(userId: string, parent: Task) {
  const client = useQueryClient();
  const key = taskKeys.subtasks(userId, parent.id);
  const query = useQuery({
    queryKey: key,
    queryFn: async () =>
      (await apiCall((api) => api.listTasks(userId, { parentId: parent.id, sort: "manual", order: "asc", limit: 100 })))
        .tasks,
  });
  const { mutateAsync } = useMutation<unknown, Error, Write, { before: Task[] | undefined }>({
    mutationKey: taskKeys.writes(userId),
    scope: { id: `subtasks-${parent.id}` },
    // Sent after the writes before it (one scope): with the version the last answer left in the cache.
    mutationFn: (write: Write) => send(userId, parent, withLatest(write, client.getQueryData<Task[]>(key))),
    onMutate: async (write) => {
      await client.cancelQueries({ queryKey: key });
      const before = client.getQueryData<Task[]>(key);
      if (before) client.setQueryData(key, applied(before, write));
      return { before };
    },
    onSuccess: (saved) => {
      const task = saved as Task | undefined;
      if (task?.id) client.setQueryData<Task[]>(key, (all) => all?.map((t) => (t.id === task.id ? task : t)));
    },
    onError: (error, _, context) => {
      if (context?.before) client.setQueryData(key, context.before);
      reportFailure(error);
    },
    onSettled: () => client.invalidateQueries({ queryKey: taskKeys.all(userId) }),
  });
  const write = (w: Write) =>
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
