"use client";

import { type ApiResult, type CreateTask, type Problem, type Task, taskEtag, type UpdateTask } from "@todo/contracts";
import { useCallback, useEffect, useRef, useState } from "react";
import { apiClient } from "@/lib/api-client";
import { readAfterWrites } from "@/lib/read-after-writes";
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

/** Why a request failed, in words for the user. */
function reason(problem: Problem): string {
  if (problem.status === 0) return "You seem to be offline.";
  if (problem.errors?.length) return problem.errors.map((e) => e.message).join(". ");
  return problem.detail ?? problem.title;
}

/** Why a change failed, in words for the user. */
function describe(problem: Problem): string {
  return problem.status === 0 ? "You seem to be offline. Your change was not saved." : reason(problem);
}

/**
 * The task list for a set of filters, and every change to it: optimistic, rolled back with a
 * message when the server refuses, and guarded by ETags so that two tabs never overwrite each other.
 */
export function useTasks(userId: string, filters: ListFilters, handlers: Handlers) {
  const [tasks, setTasks] = useState<Task[]>([]);
  const [phase, setPhase] = useState<Phase>("loading");
  /** Why the list could not be loaded, in words for the user; null unless `phase` is "error". */
  const [loadError, setLoadError] = useState<string | null>(null);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  /** Tasks not yet completed, across all pages; null until the server has said. */
  const [activeCount, setActiveCount] = useState<number | null>(null);
  const [reloads, setReloads] = useState(0);
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;
  const tasksRef = useRef(tasks);
  tasksRef.current = tasks;
  /** Writes the server has accepted so far: a read that saw this number change may predate one. */
  const writesRef = useRef(0);

  /**
   * Runs an API call once more with a fresh token after a 401; a session that is gone ends here.
   * A `write` the server accepts is counted, so that reads in flight know to ask again.
   */
  const call = useCallback(
    async <T>(request: () => Promise<ApiResult<T>>, kind: "read" | "write" = "read"): Promise<ApiResult<T> | null> => {
      try {
        let result = await request();
        if (!result.ok && result.problem.status === 401) {
          forgetSessionToken();
          result = await request();
        }
        if (!result.ok && result.problem.status === 401) throw new SessionEndedError();
        if (result.ok && kind === "write") writesRef.current++;
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
    },
    [],
  );

  /** A read, asked again while writes land during it (see lib/read-after-writes.ts). */
  const freshRead = useCallback(
    <T>(request: () => Promise<ApiResult<T>>): Promise<ApiResult<T> | null> =>
      readAfterWrites(
        () => call(request),
        () => writesRef.current,
      ),
    [call],
  );

  const refreshActiveCount = useCallback(async () => {
    const result = await freshRead(() => apiClient.listTasks(userId, { status: "pending", limit: 1 }, { count: true }));
    if (result?.ok && result.data.total !== null) setActiveCount(result.data.total);
  }, [freshRead, userId]);

  // `reloads` is the retry trigger.
  useEffect(() => {
    let current = true;
    setPhase("loading");
    // The list shows no total (the count of tasks left has its own request): spare the server the count.
    freshRead(() => apiClient.listTasks(userId, toListQuery(filters), { count: false }))
      .then((result) => {
        if (!current || !result) return;
        if (!result.ok) {
          setLoadError(reason(result.problem));
          return setPhase("error");
        }
        setLoadError(null);
        setTasks(result.data.tasks);
        setNextCursor(result.data.nextCursor);
        setPhase("ready");
      })
      .catch(() => {
        if (!current) return;
        setLoadError(null);
        setPhase("error");
      });
    void refreshActiveCount();
    return () => {
      current = false;
    };
  }, [freshRead, userId, filters, reloads, refreshActiveCount]);

  const loadMore = useCallback(async () => {
    if (!nextCursor) return;
    const result = await call(() =>
      apiClient.listTasks(userId, { ...toListQuery(filters), cursor: nextCursor }, { count: false }),
    );
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
      const result = await call(() => apiClient.createTask(userId, input), "write");
      if (!result) return false;
      if (!result.ok) {
        handlersRef.current.onError(describe(result.problem));
        return false;
      }
      if (matches(result.data, filters)) setTasks((all) => [result.data, ...all]);
      if (!result.data.completed) setActiveCount((n) => (n === null ? n : n + 1));
      return true;
    },
    [call, filters, userId],
  );

  /** Each task's last change still on its way: the next one waits for it. */
  const writesInFlight = useRef(new Map<number, { done: Promise<Task | null> }>());

  /**
   * Applies a change at once, sends it with the version it was made on, and undoes it if refused.
   * Changes to one task go one after another, each with the version the one before produced, so
   * that quick successive edits never conflict with each other.
   */
  const update = useCallback(
    (task: Task, change: UpdateTask, { force = false } = {}): Promise<void> => {
      const index = tasksRef.current.findIndex((t) => t.id === task.id);
      replaceLocal({ ...task, ...change } as Task);
      const previous = writesInFlight.current.get(task.id)?.done;
      const write = { done: Promise.resolve<Task | null>(null) };
      write.done = (async () => {
        // The task as the server holds it once the change before this one is through.
        const base = (await previous) ?? task;
        const result = await call(
          () => apiClient.updateTask(userId, task.id, change, { ifMatch: taskEtag(base) }),
          "write",
        );
        const last = writesInFlight.current.get(task.id) === write;
        if (last) writesInFlight.current.delete(task.id);
        if (!result) return null;
        if (result.ok) {
          // A later change is already shown; its answer will bring the final version.
          if (last) replaceLocal(result.data);
          if (change.completed !== undefined) void refreshActiveCount();
          return result.data;
        }
        if (result.problem.status === 412 && !force) {
          const latest = await call(() => apiClient.getTask(userId, task.id));
          if (latest?.ok) {
            replaceLocal(latest.data);
            handlersRef.current.onConflict({ mine: change, theirs: latest.data });
            return null;
          }
        }
        // Back as the server holds it, and where it was, even if the change had moved it out of the filtered list.
        setTasks((all) =>
          all.some((t) => t.id === task.id)
            ? all.map((t) => (t.id === task.id ? base : t))
            : index < 0
              ? all
              : [...all.slice(0, index), base, ...all.slice(index)],
        );
        handlersRef.current.onError(describe(result.problem));
        return null;
      })();
      writesInFlight.current.set(task.id, write);
      return write.done.then(() => undefined);
    },
    [call, refreshActiveCount, replaceLocal, userId],
  );

  const reload = useCallback(() => setReloads((n) => n + 1), []);

  return {
    tasks,
    setTasks,
    phase,
    loadError,
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
