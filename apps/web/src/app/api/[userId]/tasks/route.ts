import { taskListResponse, taskResponse } from "@todo/api/tasks";
import { CreateTaskSchema, ListTasksQuerySchema } from "@todo/contracts";
import { createTask, listTasks } from "@todo/db";
import { getDb } from "@/server/db";
import { preflight } from "@/server/http/cors";
import { methodNotAllowed } from "@/server/http/method-not-allowed";
import { parseBody, parseQuery } from "@/server/http/parse";
import { userRoute } from "@/server/http/user-route";
import { countPreference } from "@/server/tasks/count-preference";

type Params = { userId: string };

/**
 * List tasks
 * @description The user's top-level tasks (of one list with `listId`; a task's subtasks with `parentId=<id>`, every task with `parentId=any`; a list or parent not the user's is 404), each with its subtasks counted, filtered, searched and sorted, newest first by default (`sort=manual`: top first), a page at a time: follow `Link` (rel="next") while it is present.
 * @operationId listTasks
 * @tag Tasks
 * @pathParams UserPathParamsSchema
 * @params ListTasksQuerySchema
 * @response TaskListSchema:One page of tasks
 * @responseHeader 200 Link string `</api/{userId}/tasks?…&cursor=…>; rel="next"` while more tasks remain
 * @responseHeader 200 X-Total-Count integer How many tasks match the filters, over all pages; only when asked with `Prefer: count=exact`
 * @responseHeader 200 Preference-Applied string `count=exact` when the tasks were counted, `count=none` when asked not to count
 * @responseHeader 200 X-Request-Id string This request's id, also in server logs
 * @add 400, 401, 403, 404, 429, 500, 503
 * @auth bearer
 * @openapi
 */
export const GET = userRoute<Params>(async (request, { owner }) => {
  const query = parseQuery(request, ListTasksQuerySchema);
  const count = countPreference(request);
  const page = await listTasks(getDb(), owner, query, { count: count === "exact" });
  return taskListResponse(request.url, page, count);
});

/**
 * Create a task
 * @description Only `title` is required; every other field takes its default, `listId` the user's Inbox (a `listId` not the user's is 404). A task goes first in its list; with `parentId` (a top-level task of the user's: 404 otherwise, 422 for a subtask) it is a subtask, last under its parent and in its list (409 past 100 subtasks). Answers 201 with the task, its `Location` and `ETag`.
 * @operationId createTask
 * @tag Tasks
 * @pathParams UserPathParamsSchema
 * @body CreateTaskSchema
 * @response 201:TaskSchema:The created task
 * @responseHeader 201 Location string The task's URL, `/api/{userId}/tasks/{id}`
 * @responseHeader 201 ETag string The task's version, for `If-Match`
 * @responseHeader 201 X-Request-Id string This request's id, also in server logs
 * @add 400, 401, 403, 404, 409, 413, 415, 422, 429, 500, 503
 * @auth bearer
 * @openapi-override {"requestBody": {"required": true}}
 * @openapi
 */
export const POST = userRoute<Params>(async (request, { owner }) => {
  const input = await parseBody(request, CreateTaskSchema);
  return taskResponse(await createTask(getDb(), owner, input), { created: true });
});

export const OPTIONS = preflight(["GET", "POST"]);
export const { PUT, PATCH, DELETE } = methodNotAllowed(["GET", "POST"]);
