import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { type createBearerVerifier, TokenRejectedError } from "../../apps/web/src/server/auth/bearer-verifier";
import { toTask } from "../../apps/web/src/server/tasks/to-task";
import { CompleteTaskSchema, CreateTaskSchema, ListTasksQuerySchema, taskEtag } from "../../packages/contracts/src";
import type { Database } from "../../packages/db/src";
import { completeTask, createTask, listTasks, TaskNotFoundError } from "../../packages/db/src";
import type { TaskRow } from "../../packages/db/src/schema";

type Verify = ReturnType<typeof createBearerVerifier>;
type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

const ROUTE = /^\/api\/([^/]+)\/tasks(?:\/(\d{1,10})\/complete)?$/;

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function taskReply(row: TaskRow, status = 200): Reply {
  const task = toTask(row);
  const headers: Record<string, string> = { ETag: taskEtag(task), "Cache-Control": "no-store" };
  if (status === 201) headers.Location = `/api/${task.userId}/tasks/${task.id}`;
  return { status, body: task, headers };
}

/** The three benchmarked requests, as the app answers them, with no framework in between. */
async function route(db: Database, verify: Verify, request: IncomingMessage): Promise<Reply> {
  const url = new URL(request.url ?? "/", "http://floor");
  const [, userId, id] = ROUTE.exec(url.pathname) ?? [];
  if (!userId) return { status: 404 };
  try {
    if ((await verify(request.headers.authorization ?? null)) !== userId) return { status: 403 };
  } catch (error) {
    if (error instanceof TokenRejectedError) return { status: 401, headers: { "WWW-Authenticate": "Bearer" } };
    throw error;
  }
  if (!id && request.method === "GET") {
    const query = ListTasksQuerySchema.safeParse(Object.fromEntries(url.searchParams));
    if (!query.success) return { status: 400 };
    const page = await listTasks(db, userId, query.data);
    const headers: Record<string, string> = { "X-Total-Count": String(page.total) };
    if (page.nextCursor) {
      url.searchParams.set("cursor", page.nextCursor);
      headers.Link = `<${url.pathname}${url.search}>; rel="next"`;
    }
    return { status: 200, body: page.rows.map(toTask), headers };
  }
  if (!id && request.method === "POST") {
    const input = CreateTaskSchema.safeParse(JSON.parse(await readBody(request)));
    if (!input.success) return { status: 422 };
    return taskReply(await createTask(db, userId, input.data), 201);
  }
  if (id && request.method === "PATCH") {
    const text = await readBody(request);
    const input = text.trim() ? CompleteTaskSchema.safeParse(JSON.parse(text)) : undefined;
    if (input && !input.success) return { status: 422 };
    return taskReply(await completeTask(db, { userId, id: Number(id) }, input?.data?.completed));
  }
  return { status: 405 };
}

export function floorHandler(db: Database, verify: Verify) {
  return (request: IncomingMessage, response: ServerResponse) => {
    const requestId = randomUUID();
    route(db, verify, request)
      .catch((error: unknown): Reply => {
        if (error instanceof TaskNotFoundError) return { status: 404 };
        // A client gone mid-request (the load generator stopping) is no server error.
        if (!request.destroyed) console.error(error);
        return { status: 500 };
      })
      .then(({ status, body, headers }) => {
        const json = body === undefined ? "" : JSON.stringify(body);
        response.writeHead(status, { "Content-Type": "application/json", "X-Request-Id": requestId, ...headers });
        response.end(json);
      });
  };
}
