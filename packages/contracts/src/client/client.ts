import type { z } from "zod";
import {
  type AccessToken,
  AccessTokenListSchema,
  type CreateAccessToken,
  type CreatedAccessToken,
  CreatedAccessTokenSchema,
} from "../access-token";
import { type AccountExport, AccountExportSchema } from "../account-export";
import { type ImportSummary, ImportSummarySchema } from "../account-import";
import { type ChangePage, ChangePageSchema, ChangeSchema, type ChangesQuery } from "../change";
import { type Completion, CompletionListSchema, type ListCompletionsQuery } from "../completion";
import { type List, ListListSchema, ListSchema } from "../list";
import type { CreateListSchema, UpdateListSchema } from "../list-input";
import type { MoveListSchema, MoveTaskSchema } from "../move-input";
import {
  type PushEndpoint,
  type PushPublicKey,
  PushPublicKeySchema,
  type PushSubscriptionInfo,
  type PushSubscriptionInput,
  PushSubscriptionSchema,
} from "../push";
import type { QuickAddTaskSchema } from "../quick-add-input";
import { type Settings, SettingsSchema, type UpdateSettings } from "../settings";
import { type Task, TaskListSchema, TaskSchema } from "../task";
import type { CompleteTaskSchema, CreateTaskSchema, ReplaceTaskSchema, UpdateTaskSchema } from "../task-input";
import type { ListTasksQuery } from "../task-query";
import {
  type ChangeStreamOptions,
  type ChangeStreamReaders,
  type ChangeStreamResult,
  openChangeStream,
} from "./change-stream";
import type { TodoClientOptions } from "./connection";
import { nextCursor } from "./link-header";
import { buildListQuery } from "./list-query";
import { readResponse } from "./read-response";
import { type ApiResult, networkProblem } from "./result";

export interface TaskListPage {
  tasks: Task[];
  /** How many tasks match, across all pages (`X-Total-Count`); null unless asked for (`count: true`). */
  total: number | null;
  /** Pass back as `cursor` for the next page; null on the last one. */
  nextCursor: string | null;
}

export interface ListOptions {
  /**
   * Whether the server should count every match for `total` (`Prefer: count=exact`): a second query,
   * so only for a caller that shows a total. False by default.
   */
  count?: boolean;
}

export interface CompletionPage {
  completions: Completion[];
  /** Pass back as `cursor` for the next (older) page; null on the last one. */
  nextCursor: string | null;
}

/** A completion's answer: the task as it now is, and the completion recorded (`Completion-Id`), if one was. */
export type CompleteResult = ApiResult<Task> & { completionId?: number };

/** Sent as `If-Match`: the task's ETag as last read, so a write never overwrites a newer version. */
export interface Precondition {
  ifMatch?: string;
}

/** What `importAccount` sends: an export document, or the text of a Todoist CSV export. */
export type ImportSource = AccountExport | { csv: string };

interface Call {
  body?: object;
  /** A body sent as it is, with its own content type (`body` is sent as JSON). */
  raw?: { text: string; type: string };
  ifMatch?: string | undefined;
  prefer?: string | undefined;
}

/** The contract's readers for `openChangeStream`: the change's schema, and a refusal read as every answer is. */
export const changeStreamReaders: ChangeStreamReaders = {
  parseChange: (data) => ChangeSchema.parse(data),
  readRefusal: (response) => readResponse(response, null) as Promise<ApiResult<never>>,
};

export function createTodoClient({ baseUrl, getToken, fetch: fetchImpl = globalThis.fetch }: TodoClientOptions) {
  const root = baseUrl.replace(/\/+$/, "");
  const tasksUrl = (userId: string, id?: number, suffix = "") =>
    `${root}/api/${encodeURIComponent(userId)}/tasks${id === undefined ? "" : `/${id}`}${suffix}`;

  async function call<T>(
    schema: z.ZodType<T> | null,
    method: string,
    url: string,
    { body, raw, ifMatch, prefer }: Call = {},
  ): Promise<{ result: ApiResult<T>; headers: Headers }> {
    const headers = new Headers({ Accept: "application/json", Authorization: `Bearer ${await getToken()}` });
    if (body !== undefined) headers.set("Content-Type", "application/json");
    if (raw !== undefined) headers.set("Content-Type", raw.type);
    if (ifMatch !== undefined) headers.set("If-Match", ifMatch);
    if (prefer !== undefined) headers.set("Prefer", prefer);
    let response: Response;
    try {
      const sent = raw !== undefined ? raw.text : body === undefined ? undefined : JSON.stringify(body);
      response = await fetchImpl(url, { method, headers, body: sent });
    } catch (error) {
      // A network failure is answered like any other failure, as a problem (status 0), never thrown.
      return { result: { ok: false, problem: networkProblem(error) }, headers: new Headers() };
    }
    return { result: await readResponse(response, schema), headers: response.headers };
  }

  const listsUrl = (userId: string, id?: number) =>
    `${root}/api/${encodeURIComponent(userId)}/lists${id === undefined ? "" : `/${id}`}`;

  const settingsUrl = (userId: string) => `${root}/api/${encodeURIComponent(userId)}/settings`;

  const accessTokensUrl = (userId: string, id?: string) =>
    `${root}/api/${encodeURIComponent(userId)}/access-tokens${id === undefined ? "" : `/${encodeURIComponent(id)}`}`;

  const pushUrl = (userId: string) => `${root}/api/${encodeURIComponent(userId)}/push-subscriptions`;

  const taskCall = async (method: string, url: string, init?: Call) =>
    (await call(TaskSchema, method, url, init)).result;

  return {
    async listTasks(
      userId: string,
      query: ListTasksQuery = {},
      { count = false }: ListOptions = {},
    ): Promise<ApiResult<TaskListPage>> {
      const url = `${tasksUrl(userId)}${buildListQuery(query)}`;
      const { result, headers } = await call(TaskListSchema, "GET", url, { prefer: count ? "count=exact" : undefined });
      if (!result.ok) return result;
      const header = headers.get("x-total-count");
      const total = header === null ? null : Number(header);
      return { ok: true, data: { tasks: result.data, total, nextCursor: nextCursor(headers.get("link")) } };
    },

    createTask(userId: string, input: z.input<typeof CreateTaskSchema>): Promise<ApiResult<Task>> {
      return taskCall("POST", tasksUrl(userId), { body: input });
    },

    /** Creates the task one line of text describes (`#tag`, `^List`, `!high`, dates, repetitions), in the user's time zone. */
    quickAddTask(userId: string, input: z.input<typeof QuickAddTaskSchema>): Promise<ApiResult<Task>> {
      return taskCall("POST", tasksUrl(userId, undefined, "/quick"), { body: input });
    },

    getTask(userId: string, id: number): Promise<ApiResult<Task>> {
      return taskCall("GET", tasksUrl(userId, id));
    },

    replaceTask(userId: string, id: number, input: z.input<typeof ReplaceTaskSchema>, { ifMatch }: Precondition = {}) {
      return taskCall("PUT", tasksUrl(userId, id), { body: input, ifMatch });
    },

    updateTask(userId: string, id: number, input: z.input<typeof UpdateTaskSchema>, { ifMatch }: Precondition = {}) {
      return taskCall("PATCH", tasksUrl(userId, id), { body: input, ifMatch });
    },

    /**
     * Without `completed`, flips the task's state; with it, sets it. Completing a recurring task moves it to its
     * next occurrence (or completes it for good at the series' end) and answers the completion's id.
     */
    async completeTask(
      userId: string,
      id: number,
      { completed, ifMatch }: Partial<z.input<typeof CompleteTaskSchema>> & Precondition = {},
    ): Promise<CompleteResult> {
      const body = completed === undefined ? undefined : { completed };
      const { result, headers } = await call(TaskSchema, "PATCH", tasksUrl(userId, id, "/complete"), { body, ifMatch });
      const completionId = headers.get("completion-id");
      return result.ok && completionId !== null ? { ...result, completionId: Number(completionId) } : result;
    },

    /** A recurring task's completions, newest first, a page at a time. */
    async listCompletions(
      userId: string,
      id: number,
      query: ListCompletionsQuery = {},
    ): Promise<ApiResult<CompletionPage>> {
      const url = `${tasksUrl(userId, id, "/completions")}${buildListQuery(query)}`;
      const { result, headers } = await call(CompletionListSchema, "GET", url);
      if (!result.ok) return result;
      return { ok: true, data: { completions: result.data, nextCursor: nextCursor(headers.get("link")) } };
    },

    /** Undoes the task's latest completion (409 for an older one): its due date and subtasks as they were. */
    undoCompletion(userId: string, id: number, completionId: number): Promise<ApiResult<Task>> {
      return taskCall("DELETE", tasksUrl(userId, id, `/completions/${completionId}`));
    },

    /** Places the task before or after another of its list and level, or first in (or before/after a task of) another list. */
    moveTask(
      userId: string,
      id: number,
      input: z.input<typeof MoveTaskSchema>,
      { ifMatch }: Precondition = {},
    ): Promise<ApiResult<Task>> {
      return taskCall("POST", tasksUrl(userId, id, "/move"), { body: input, ifMatch });
    },

    async deleteTask(userId: string, id: number, { ifMatch }: Precondition = {}): Promise<ApiResult<void>> {
      return (await call<void>(null, "DELETE", tasksUrl(userId, id), { ifMatch })).result;
    },

    /** The user's settings: the time zone their dates are judged in. */
    async getSettings(userId: string): Promise<ApiResult<Settings>> {
      return (await call(SettingsSchema, "GET", settingsUrl(userId))).result;
    },

    async updateSettings(
      userId: string,
      input: UpdateSettings,
      { ifMatch }: Precondition = {},
    ): Promise<ApiResult<Settings>> {
      return (await call(SettingsSchema, "PATCH", settingsUrl(userId), { body: input, ifMatch })).result;
    },

    /** Every list of the user, the Inbox first, then by position. */
    async listLists(userId: string): Promise<ApiResult<List[]>> {
      return (await call(ListListSchema, "GET", listsUrl(userId))).result;
    },

    async createList(userId: string, input: z.input<typeof CreateListSchema>): Promise<ApiResult<List>> {
      return (await call(ListSchema, "POST", listsUrl(userId), { body: input })).result;
    },

    async getList(userId: string, id: number): Promise<ApiResult<List>> {
      return (await call(ListSchema, "GET", listsUrl(userId, id))).result;
    },

    async updateList(userId: string, id: number, input: z.input<typeof UpdateListSchema>): Promise<ApiResult<List>> {
      return (await call(ListSchema, "PATCH", listsUrl(userId, id), { body: input })).result;
    },

    /** Places the list before or after another in the user's order (the Inbox stays first). */
    async moveList(userId: string, id: number, input: z.input<typeof MoveListSchema>): Promise<ApiResult<List>> {
      return (await call(ListSchema, "POST", `${listsUrl(userId, id)}/move`, { body: input })).result;
    },

    /**
     * The changes after `since` (0: the whole log; `now`: none, only where the log stands), oldest first, at
     * most `limit`: apply them, then ask again with `since: page.next` while `page.hasMore`. A 410 problem
     * means the log no longer holds `since`: list afresh and go on from `since: "now"`.
     */
    async listChanges(userId: string, query: Partial<Record<keyof ChangesQuery, number | "now">> = {}) {
      const url = `${root}/api/${encodeURIComponent(userId)}/changes${buildListQuery(query)}`;
      return (await call(ChangePageSchema, "GET", url)).result as ApiResult<ChangePage>;
    },

    /**
     * The live stream of changes (Server-Sent Events over fetch, with the bearer token): the messages until
     * the stream ends. To reconnect, pass the seq of the last change or position received as `since`; a refusal's
     * `retryAfterSeconds` says when the server asked to be tried again.
     */
    streamChanges(userId: string, options: ChangeStreamOptions = {}): Promise<ChangeStreamResult> {
      return openChangeStream({ baseUrl, getToken, fetch: fetchImpl }, userId, options, changeStreamReaders);
    },

    /** Everything of the user as one document (version 1), for a download or a backup. */
    async exportAccount(userId: string): Promise<ApiResult<AccountExport>> {
      return (await call(AccountExportSchema, "GET", `${root}/api/${encodeURIComponent(userId)}/export`)).result;
    },

    /**
     * Adds an export document's or a Todoist CSV export's contents to the user's, all or nothing, never
     * overwriting; `dryRun` answers what would be added and adds nothing.
     */
    async importAccount(
      userId: string,
      source: ImportSource,
      { dryRun = false }: { dryRun?: boolean } = {},
    ): Promise<ApiResult<ImportSummary>> {
      const url = `${root}/api/${encodeURIComponent(userId)}/import${dryRun ? "?dryRun=true" : ""}`;
      const init: Call = "csv" in source ? { raw: { text: source.csv, type: "text/csv" } } : { body: source };
      return (await call(ImportSummarySchema, "POST", url, init)).result;
    },

    /** The user's personal access tokens, newest first (never their secrets). Needs a session's JWT. */
    async listAccessTokens(userId: string): Promise<ApiResult<AccessToken[]>> {
      return (await call(AccessTokenListSchema, "GET", accessTokensUrl(userId))).result;
    },

    /** Creates a personal access token: its secret is in this answer only. */
    async createAccessToken(userId: string, input: CreateAccessToken): Promise<ApiResult<CreatedAccessToken>> {
      return (await call(CreatedAccessTokenSchema, "POST", accessTokensUrl(userId), { body: input })).result;
    },

    /** Revokes a personal access token: it can no longer be exchanged (JWTs already issued run out). */
    async revokeAccessToken(userId: string, id: string): Promise<ApiResult<void>> {
      return (await call<void>(null, "DELETE", accessTokensUrl(userId, id))).result;
    },

    /** The server's VAPID public key, the \`applicationServerKey\` a browser subscribes to push with. */
    async getPushPublicKey(): Promise<ApiResult<PushPublicKey>> {
      return (await call(PushPublicKeySchema, "GET", `${root}/api/push/public-key`)).result;
    },

    /** Registers this browser's push subscription: the device then gets the user's reminders. */
    async addPushSubscription(userId: string, input: PushSubscriptionInput): Promise<ApiResult<PushSubscriptionInfo>> {
      return (await call(PushSubscriptionSchema, "POST", pushUrl(userId), { body: input })).result;
    },

    /** Drops the subscription at \`endpoint\`: that device stops getting reminders. */
    async removePushSubscription(userId: string, input: PushEndpoint): Promise<ApiResult<void>> {
      return (await call<void>(null, "DELETE", pushUrl(userId), { body: input })).result;
    },

    /** Sends a test notification to the subscription at \`endpoint\` now (502: its push service refused it). */
    async testPushSubscription(userId: string, input: PushEndpoint): Promise<ApiResult<void>> {
      return (await call<void>(null, "POST", `${pushUrl(userId)}/test`, { body: input })).result;
    },

    /** Deletes the list and its tasks; the Inbox cannot be deleted (409). */
    async deleteList(userId: string, id: number): Promise<ApiResult<void>> {
      return (await call<void>(null, "DELETE", listsUrl(userId, id))).result;
    },
  };
}

export type TodoClient = ReturnType<typeof createTodoClient>;
