import type { QueryClient } from "@tanstack/react-query";
import type { ApiResult, Task } from "@todo/contracts";
import type { ListFilters } from "@/hooks/use-list-filters";
import { taskKeys } from "./keys";
import type { ListData } from "./list-cache";

export const USER = "user-1";
export const ALL: ListFilters = {
  listId: null,
  dueAfter: null,
  dueBefore: null,
  view: "all",
  q: "",
  sort: "created",
  order: "desc",
  priority: null,
  tag: null,
};
export const ACTIVE: ListFilters = { ...ALL, view: "active" };
export const COMPLETED: ListFilters = { ...ALL, view: "completed" };

/** A task as the server would send it; `version` moves its `updatedAt` (and so its ETag). */
export function makeTask(id: number, { version = 0, ...fields }: Partial<Task> & { version?: number } = {}): Task {
  return {
    id,
    userId: USER,
    listId: 1,
    parentId: null,
    position: "a0",
    subtasks: { total: 0, completed: 0 },
    title: `Task ${id}`,
    description: "",
    completed: false,
    priority: "none",
    tags: [],
    dueDate: null,
    dueTime: null,
    recurrence: null,
    reminders: [],
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, version)).toISOString(),
    ...fields,
  };
}

export function ok<T>(data: T): ApiResult<T> {
  return { ok: true, data };
}

export function refused(status: number, detail: string): ApiResult<never> {
  return { ok: false, problem: { type: "about:blank", title: "Refused", status, detail } };
}

/** A promise the test settles when it chooses, as a slow network would. */
export function deferred<T>() {
  let resolve = (_: T) => {};
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

export function seedList(client: QueryClient, filters: ListFilters, tasks: Task[]): void {
  client.setQueryData<ListData>(taskKeys.list(USER, filters), {
    pages: [{ tasks, total: null, nextCursor: null }],
    pageParams: [null],
  });
}

export function listed(client: QueryClient, filters: ListFilters): Task[] {
  return client.getQueryData<ListData>(taskKeys.list(USER, filters))?.pages.flatMap((p) => p.tasks) ?? [];
}
