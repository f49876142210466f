"use client";

import { type ApiResult, type CreateTask, type Problem, type Task, taskEtag, type UpdateTask } from "@todo/contracts";
import { useCallback, useEffect, useRef, useState } from "react";
import { apiClient } from "@/lib/api-client";
import { forgetSessionToken, SessionEndedError } from "@/lib/session-token";
import { type ListFilters, toListQuery } from "./use-list-filters";

export type Phase = "loading" | "ready" | "error";

export interface Conflict {
  mine: UpdateTask;
  theirs: Task;
}

interface Handlers {
  onError: (message: string) => void;
  onSessionEnded: () => void;
  onConflict: (conflict: Conflict) => void;
}

function matches(task: Task, filters: ListFilters): boolean {
  if (filters.view === "active" && task.completed) return false;
  if (filters.view === "completed" && !task.completed) return false;
  if (filters.priority && task.priority !== filters.priority) return false;
  if (filters.tag && !task.tags.includes(filters.tag)) return false;
  const q = filters.q.trim().toLowerCase();
  return !q || `${task.title}\n${task.description}`.toLowerCase().includes(q);
}

function describe(problem: Problem): string {
  if (problem.status === 0) return "You seem to be offline. Your change was not saved.";
  if (problem.errors?.length) return problem.errors.map((e) => e.message).join(". ");
  return problem.detail ?? problem.title;
}

/**
 * The task list for a set of filters, and every change to it: optimistic, rolled back with a
 * message when the server refuses, and guarded by ETags so that two tabs never overwrite each other.
 */
export function useTasks(userId: string, filters: ListFilters, handlers: Handlers) {
  const [tasks, setTasks] = useState<Task[]>([]);
  const [phase, setPhase] = useState<Phase>("loading");
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [activeCount, setActiveCount] = useState(0);
  const [reloads, setReloads] = useState(0);
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;
  const tasksRef = useRef(tasks);
  tasksRef.current = tasks;

  /** Runs an API call once more with a fresh token after a 401; a session that is gone ends here. */
  const call = useCallback(async <T>(request: () => Promise<ApiResult<T>>): Promise<ApiResult<T> | null> => {
    try {
      let result = await request();
      if (!result.ok && result.problem.status === 401) {
        forgetSessionToken();
        result = await request();
      }
      if (!result.ok && result.problem.status === 401) throw new SessionEndedError();
      return result;
    } catch (error) {
      if (error instanceof SessionEndedError) {
        handlersRef.current.onSessionEnded();
        return null;
      }
      // No token to send (the auth endpoint failed or throttled us): a failed request like any other, never thrown.
      return {
        ok: false,
        problem: { type: "about:blank", title: "The server could not be reached. Try again.", status: 503 },
      };
    }
  }, []);

  const refreshActiveCount = useCallback(async () => {
    const result = await call(() => apiClient.listTasks(userId, { status: "pending", limit: 1 }));
    if (result?.ok) setActiveCount(result.data.total);
  }, [call, userId]);

  // `reloads` is the retry trigger.
  useEffect(() => {
    let current = true;
    setPhase("loading");
    call(() => apiClient.listTasks(userId, toListQuery(filters)))
      .then((result) => {
        if (!current || !result) return;
        if (!result.ok) return setPhase("error");
        setTasks(result.data.tasks);
        setNextCursor(result.data.nextCursor);
        setPhase("ready");
      })
      .catch(() => current && setPhase("error"));
    void refreshActiveCount();
    return () => {
      current = false;
    };
  }, [call, userId, filters, reloads, refreshActiveCount]);

  const loadMore = useCallback(async () => {
    if (!nextCursor) return;
    const result = await call(() => apiClient.listTasks(userId, { ...toListQuery(filters), cursor: nextCursor }));
    if (!result) return;
    if (!result.ok) return handlersRef.current.onError(describe(result.problem));
    setTasks((all) => [...all, ...result.data.tasks.filter((t) => !all.some((a) => a.id === t.id))]);
    setNextCursor(result.data.nextCursor);
  }, [call, filters, nextCursor, userId]);

  const replaceLocal = useCallback(
    (task: Task) => setTasks((all) => all.map((t) => (t.id === task.id ? task : t)).filter((t) => matches(t, filters))),
    [filters],
  );

  const add = useCallback(
    async (input: CreateTask): Promise<boolean> => {
      const result = await call(() => apiClient.createTask(userId, input));
      if (!result) return false;
      if (!result.ok) {
        handlersRef.current.onError(describe(result.problem));
        return false;
      }
      if (matches(result.data, filters)) setTasks((all) => [result.data, ...all]);
      if (!result.data.completed) setActiveCount((n) => n + 1);
      return true;
    },
    [call, filters, userId],
  );

  /** Applies a change at once, sends it with the version it was made on, and undoes it if refused. */
  const update = useCallback(
    async (task: Task, change: UpdateTask, { force = false } = {}) => {
      const index = tasksRef.current.findIndex((t) => t.id === task.id);
      replaceLocal({ ...task, ...change } as Task);
      const result = await call(() => apiClient.updateTask(userId, task.id, change, { ifMatch: taskEtag(task) }));
      if (!result) return;
      if (result.ok) {
        replaceLocal(result.data);
        if (change.completed !== undefined) void refreshActiveCount();
        return;
      }
      if (result.problem.status === 412 && !force) {
        const latest = await call(() => apiClient.getTask(userId, task.id));
        if (latest?.ok) {
          replaceLocal(latest.data);
          handlersRef.current.onConflict({ mine: change, theirs: latest.data });
          return;
        }
      }
      // Back as it was, and where it was, even if the change had moved it out of the filtered list.
      setTasks((all) =>
        all.some((t) => t.id === task.id)
          ? all.map((t) => (t.id === task.id ? task : t))
          : index < 0
            ? all
            : [...all.slice(0, index), task, ...all.slice(index)],
      );
      handlersRef.current.onError(describe(result.problem));
    },
    [call, refreshActiveCount, replaceLocal, userId],
  );

  const reload = useCallback(() => setReloads((n) => n + 1), []);

  return {
    tasks,
    setTasks,
    phase,
    activeCount,
    hasMore: nextCursor !== null,
    loadMore,
    add,
    update,
    reload,
    call,
    refreshActiveCount,
    describe,
  };
}
