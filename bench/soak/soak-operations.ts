// The soak's operations, each by one user: what it sends, the status it expects, what it learns.
import { type Task, taskEtag } from "@todo/contracts";
import { taskBody } from "../load/bench-users";
import type { Answer, HttpClient } from "./http-client";
import { completeBody, listQuery, nextPage, patchBody } from "./soak-requests";
import { type SoakState, type SoakUser, takeTask } from "./soak-state";
import type { SoakOperation, SoakTally } from "./soak-tally";

/** Percent of requests per operation: 60 reads, 40 writes. */
export const SOAK_MIX: Record<SoakOperation, number> = {
  list: 35,
  get: 25,
  create: 12,
  update: 10,
  replace: 5,
  complete: 5,
  delete: 8,
};

const EXPECTED: Record<SoakOperation, number> = {
  list: 200,
  get: 200,
  create: 201,
  update: 200,
  replace: 200,
  complete: 200,
  delete: 204,
};

export interface SoakContext {
  http: HttpClient;
  state: SoakState;
  tally: SoakTally;
}

let counter = 0;

interface SoakRequest {
  method: string;
  path: string;
  body?: string | undefined;
  headers?: Record<string, string>;
}

/** Sends one request and counts its answer; returns it only when it has the operation's status. */
async function send(
  { http, tally }: SoakContext,
  operation: SoakOperation,
  user: SoakUser,
  request: SoakRequest,
): Promise<Answer | undefined> {
  const { method, path, body } = request;
  const headers: Record<string, string> = { authorization: `Bearer ${user.token}`, ...request.headers };
  if (body !== undefined) headers["content-type"] = "application/json";
  let answer: Answer;
  try {
    answer = await http.send(method, path, headers, body);
  } catch (error) {
    tally.error(operation, `${method} ${path}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  tally.answered(operation, answer.status);
  if (answer.status === EXPECTED[operation]) return answer;
  tally.unexpected(operation, `${method} ${path} answered ${answer.status}: ${answer.body.slice(0, 300)}`);
  return undefined;
}

/** The task in a write's answer, if it is the one written; else counted as an unexpected answer. */
function writtenTask(context: SoakContext, operation: SoakOperation, user: SoakUser, answer: Answer, id?: number) {
  const task = JSON.parse(answer.body) as Task;
  if (task.userId === user.userId && (id === undefined || task.id === id)) return task;
  const got = answer.body.slice(0, 300);
  context.tally.unexpected(operation, `asked for task ${id ?? "(new)"} of ${user.userId}, got ${got}`);
  return undefined;
}

async function list(context: SoakContext, user: SoakUser): Promise<void> {
  const tasks = `/api/${user.userId}/tasks`;
  const path = user.nextPage && Math.random() < 0.3 ? user.nextPage : `${tasks}${listQuery()}`;
  user.nextPage = undefined;
  const answer = await send(context, "list", user, { method: "GET", path });
  if (!answer) return;
  const page = JSON.parse(answer.body) as unknown;
  const stranger = Array.isArray(page) ? (page as Task[]).find((task) => task.userId !== user.userId) : undefined;
  if (!Array.isArray(page) || stranger)
    context.tally.unexpected("list", `${path} gave ${stranger ? `task ${stranger.id} of another user` : "no list"}`);
  user.nextPage = nextPage(answer.headers.link);
}

async function create(context: SoakContext, user: SoakUser): Promise<void> {
  const body = taskBody(counter++);
  const answer = await send(context, "create", user, { method: "POST", path: `/api/${user.userId}/tasks`, body });
  if (!answer) return;
  user.created++;
  const task = writtenTask(context, "create", user, answer);
  if (!task) return;
  context.state.acknowledged.set(task.id, task);
  user.idle.push(task.id);
}

/** update, replace and complete: the request for a task at `path`, last acknowledged as `known`. */
function writeRequest(operation: SoakOperation, path: string, known: Task | undefined): SoakRequest {
  if (operation === "update") return { method: "PATCH", path, body: patchBody(counter++) };
  if (operation === "complete") return { method: "PATCH", path: `${path}/complete`, body: completeBody() };
  // A replace sends the version it last saw, as an edit form would: it must still hold.
  return { method: "PUT", path, body: taskBody(counter++), headers: known ? { "if-match": taskEtag(known) } : {} };
}

/** A request on one of the user's tasks; true when the task is still there, as acknowledged. */
async function onTask(context: SoakContext, operation: SoakOperation, user: SoakUser, id: number): Promise<boolean> {
  const path = `/api/${user.userId}/tasks/${id}`;
  const known = context.state.acknowledged.get(id);
  if (operation === "get") {
    const answer = await send(context, operation, user, { method: "GET", path });
    const task = answer && writtenTask(context, operation, user, answer, id);
    // A read after an acknowledged write answers what that write answered.
    if (task && known && JSON.stringify(task) !== JSON.stringify(known)) {
      context.tally.unexpected(
        operation,
        `task ${id} read as ${JSON.stringify(task)}, written as ${JSON.stringify(known)}`,
      );
      return false;
    }
    return task !== undefined;
  }
  if (operation === "delete") {
    const answer = await send(context, operation, user, { method: "DELETE", path });
    if (answer) user.deleted++;
    return false;
  }
  const answer = await send(context, operation, user, writeRequest(operation, path, known));
  const task = answer && writtenTask(context, operation, user, answer, id);
  if (task) context.state.acknowledged.set(id, task);
  return task !== undefined;
}

/**
 * One operation by one user. An operation on a task takes it from the user's idle tasks and puts it
 * back once answered as expected, so that none lands on a task deleted meanwhile; after a failure
 * the task's state is unknown and it is left alone. A user with no idle task creates one instead.
 */
export async function runOperation(context: SoakContext, operation: SoakOperation, user: SoakUser): Promise<void> {
  const id = operation === "list" || operation === "create" ? undefined : takeTask(user);
  try {
    if (operation === "list") await list(context, user);
    else if (id === undefined) await create(context, user);
    else if (await onTask(context, operation, user, id)) user.idle.push(id);
    else context.state.acknowledged.delete(id);
  } catch (error) {
    if (id !== undefined) context.state.acknowledged.delete(id);
    context.tally.unexpected(operation, error instanceof Error ? error.message : String(error));
  }
}
