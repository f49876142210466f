import type { QueryClient } from "@tanstack/react-query";
import { type ApiResult, createTodoClient, type Task, type TodoClient } from "@todo/contracts";
import { signUpWithToken } from "@todo/test-support/accounts";
import { inject } from "vitest";
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

/** A promise the test settles when it chooses, as a slow network would. */
export function deferred<T>() {
  let resolve = (_: T) => {};
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

export function seedList(client: QueryClient, filters: ListFilters, tasks: Task[], userId = USER): void {
  client.setQueryData<ListData>(taskKeys.list(userId, filters), {
    pages: [{ tasks, total: null, nextCursor: null }],
    pageParams: [null],
  });
}

export function listed(client: QueryClient, filters: ListFilters, userId = USER): Task[] {
  return client.getQueryData<ListData>(taskKeys.list(userId, filters))?.pages.flatMap((p) => p.tasks) ?? [];
}

/*
 * The hooks' requests, sent to the app server the global setup started (its PostgreSQL behind it):
 * `vi.mock("@/lib/api-client", async () => (await import("./test-support")).serverApiClients())`
 * gives the hooks our typed client, configured for that server and the token of the user the test
 * signed up (`signUpOnServer`), in place of the page's same-origin one and its session's token.
 */

interface Hold {
  method: string;
  path: string;
  arrived: () => void;
  released: Promise<void>;
}

let token = "";
const holds: Hold[] = [];

/** Real requests, real answers; an answer a test holds back reaches the hook only once released. */
async function throughNetwork(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const method = init?.method ?? "GET";
  const path = new URL(input instanceof Request ? input.url : input).pathname;
  const at = holds.findIndex((hold) => hold.method === method && hold.path === path);
  const hold = at < 0 ? undefined : holds.splice(at, 1)[0];
  const response = await fetch(input, init);
  if (!hold) return response;
  hold.arrived();
  await hold.released;
  return response;
}

/** What `@/lib/api-client` exports, as the hooks get it in these tests: our typed client, sent to the app server. */
export function serverApiClients() {
  const client = createTodoClient({ baseUrl: inject("appUrl"), getToken: () => token, fetch: throughNetwork });
  return { apiClient: client, keepaliveClient: client };
}

/**
 * Holds back the answer to the hooks' next `method` request to `/api/{userId}/tasks{path}`, as a slow
 * network would: the server has received and answered it once `arrived` resolves; the hook sees
 * the answer after `release()`.
 */
export function holdAnswer(userId: string, method: string, path: string) {
  const arrived = deferred<void>();
  const released = deferred<void>();
  const url = `/api/${encodeURIComponent(userId)}/tasks${path}`;
  holds.push({ method, path: url, arrived: arrived.resolve, released: released.promise });
  return { arrived: arrived.promise, release: () => released.resolve() };
}

export interface ServerUser {
  userId: string;
  /** The user's own typed client, as another tab of theirs: to set tasks up and read back what the server holds. */
  api: TodoClient;
}

/** Signs a new user up on the app server; the hooks' requests go out with their token from now on. */
export async function signUpOnServer(): Promise<ServerUser> {
  const baseUrl = inject("appUrl");
  const account = await signUpWithToken(baseUrl);
  token = account.token;
  holds.length = 0;
  return { userId: account.userId, api: createTodoClient({ baseUrl, getToken: () => account.token }) };
}

/** The data of a request that must have succeeded; fails the test with the problem otherwise. */
export function must<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.problem)}`);
  return result.data;
}
