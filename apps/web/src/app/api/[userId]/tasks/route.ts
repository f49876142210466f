import { CreateTaskSchema, ListTasksQuerySchema } from "@todo/contracts";
import { createTask, listTasks } from "@todo/db";
import { authorize } from "@/server/auth/authorize";
import { getDb } from "@/server/db";
import { apiRoute } from "@/server/http/api-route";
import { methodNotAllowed } from "@/server/http/method-not-allowed";
import { parseBody, parseQuery } from "@/server/http/parse";
import { listHeaders } from "@/server/tasks/list-headers";
import { taskResponse } from "@/server/tasks/task-response";
import { toTask } from "@/server/tasks/to-task";

type Params = { userId: string };

/**
 * List tasks
 * @description The user's tasks, filtered, searched and sorted, a page at a time. While more remain,
 * `Link: <…>; rel="next"` gives the next page's URL; `X-Total-Count` counts every match.
 * @pathParams UserPathParams
 * @params ListTasksQuery
 * @response TaskList
 * @auth bearer
 * @openapi
 */
export const GET = apiRoute<Params>(async (request, { params }) => {
  const owner = await authorize(request, (await params).userId);
  const query = parseQuery(request, ListTasksQuerySchema);
  const page = await listTasks(getDb(), owner, query);
  return Response.json(page.rows.map(toTask), { headers: listHeaders(request, page) });
});

/**
 * Create a task
 * @description Only `title` is required. Answers 201 with the task, its `Location` and `ETag`.
 * @pathParams UserPathParams
 * @body CreateTask
 * @response 201:Task
 * @auth bearer
 * @openapi
 */
export const POST = apiRoute<Params>(async (request, { params }) => {
  const owner = await authorize(request, (await params).userId);
  const input = await parseBody(request, CreateTaskSchema);
  return taskResponse(await createTask(getDb(), owner, input), { created: true });
});

export const { PUT, PATCH, DELETE } = methodNotAllowed(["GET", "POST"]);
