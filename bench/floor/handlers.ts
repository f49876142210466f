import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { type createBearerVerifier, TokenRejectedError } from "@todo/api/auth";
import { taskListResponse, taskResponse } from "@todo/api/tasks";
import { CompleteTaskSchema, CreateTaskSchema, ListTasksQuerySchema } from "@todo/contracts";
import { completeTask, createTask, type Database, listTasks, TaskNotFoundError } from "@todo/db";

type Verify = ReturnType<typeof createBearerVerifier>;

const ROUTE = /^\/api\/([^/]+)\/tasks(?:\/(\d{1,10})\/complete)?$/;

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** A refusal outside the benchmarked paths: its status alone, as no load ever meets it. */
const refusal = (status: number, headers?: Record<string, string>) => new Response(null, { status, headers });

/** The three benchmarked requests, answered by the app's own builders, with no framework in between. */
async function route(db: Database, verify: Verify, request: IncomingMessage): Promise<Response> {
  const url = new URL(request.url ?? "/", "http://floor");
  const [, userId, id] = ROUTE.exec(url.pathname) ?? [];
  if (!userId) return refusal(404);
  try {
    if ((await verify(request.headers.authorization ?? null)).subject !== userId) return refusal(403);
  } catch (error) {
    if (error instanceof TokenRejectedError) return refusal(401, { "WWW-Authenticate": "Bearer" });
    throw error;
  }
  if (!id && request.method === "GET") {
    const query = ListTasksQuerySchema.safeParse(Object.fromEntries(url.searchParams));
    if (!query.success) return refusal(400);
    return taskListResponse(url, await listTasks(db, userId, query.data));
  }
  if (!id && request.method === "POST") {
    const input = CreateTaskSchema.safeParse(JSON.parse(await readBody(request)));
    if (!input.success) return refusal(422);
    return taskResponse(await createTask(db, userId, input.data), { created: true });
  }
  if (id && request.method === "PATCH") {
    const text = await readBody(request);
    const input = text.trim() ? CompleteTaskSchema.safeParse(JSON.parse(text)) : undefined;
    if (input && !input.success) return refusal(422);
    const outcome = await completeTask(db, { userId, id: Number(id) }, input?.data?.completed);
    return taskResponse(outcome.task, { completionId: outcome.completionId });
  }
  return refusal(405);
}

/** Writes a Fetch API answer to node:http, as a framework's adapter would, with the request's id. */
async function send(response: ServerResponse, answer: Response, requestId: string): Promise<void> {
  const body = await answer.text();
  response.writeHead(answer.status, { ...Object.fromEntries(answer.headers), "X-Request-Id": requestId });
  response.end(body);
}

export function floorHandler(db: Database, verify: Verify) {
  return (request: IncomingMessage, response: ServerResponse) => {
    const requestId = randomUUID();
    route(db, verify, request)
      .catch((error: unknown): Response => {
        if (error instanceof TaskNotFoundError) return refusal(404);
        // A client gone mid-request (the load generator stopping) is no server error.
        if (!request.destroyed) console.error(error);
        return refusal(500);
      })
      .then((answer) => send(response, answer, requestId));
  };
}
