import { taskResponse } from "@todo/api/tasks";
import { ReplaceTaskSchema, UpdateTaskSchema } from "@todo/contracts";
import { deleteTask, getTask, replaceTask, updateTask } from "@todo/db";
import { getDb } from "@/server/db";
import { preflight } from "@/server/http/cors";
import { methodNotAllowed } from "@/server/http/method-not-allowed";
import { parseBody } from "@/server/http/parse";
import { userRoute } from "@/server/http/user-route";
import { parseTaskId, taskTarget } from "@/server/tasks/task-target";

type Params = { userId: string; id: string };

/**
 * Get a task
 * @description One task, with its `ETag` for conditional reads and writes: it changes with every change to what the task answers, its `subtasks` counts included (a subtask added, completed or deleted gives its parent a new `ETag`).
 * @operationId getTask
 * @tag Tasks
 * @pathParams TaskPathParamsSchema
 * @response TaskSchema:The task
 * @responseHeader 200 ETag string The task's version, for `If-Match`
 * @responseHeader 200 X-Request-Id string This request's id, also in server logs
 * @add 304, 401, 403, 404, 429, 500, 503
 * @auth bearer
 * @openapi
 */
export const GET = userRoute<Params>(async (_request, { owner, params: { id } }) => {
  return taskResponse(await getTask(getDb(), owner, parseTaskId(id)));
});

/**
 * Replace a task
 * @description Sets every editable field; one left out goes back to its default, but for `listId` and `parentId` (left out: the task stays where it is). A new list puts the task first in it, with its subtasks; a new parent last under it (409 past 100 subtasks). With `If-Match`, answers 412 if the task changed since that ETag.
 * @operationId replaceTask
 * @tag Tasks
 * @pathParams TaskPathParamsSchema
 * @body ReplaceTaskSchema
 * @response TaskSchema:The task as saved
 * @responseHeader 200 ETag string The task's new version
 * @responseHeader 200 X-Request-Id string This request's id, also in server logs
 * @add 400, 401, 403, 404, 409, 412, 413, 415, 422, 429, 500, 503
 * @auth bearer
 * @openapi-override {"requestBody": {"required": true}}
 * @openapi
 */
export const PUT = userRoute<Params>(async (request, { owner, params: { id } }) => {
  const input = await parseBody(request, ReplaceTaskSchema);
  return taskResponse(await replaceTask(getDb(), taskTarget(request, owner, id), input));
});

/**
 * Update a task
 * @description Changes only the fields sent, at least one. A new list puts the task first in it, with its subtasks; a new `parentId` last under that parent (a task with subtasks cannot become one: 422; 409 past 100 subtasks); `parentId: null` first in its list. With `If-Match`, answers 412 if the task changed since.
 * @operationId updateTask
 * @tag Tasks
 * @pathParams TaskPathParamsSchema
 * @body UpdateTaskSchema
 * @response TaskSchema:The task as saved
 * @responseHeader 200 ETag string The task's new version
 * @responseHeader 200 X-Request-Id string This request's id, also in server logs
 * @add 400, 401, 403, 404, 409, 412, 413, 415, 422, 429, 500, 503
 * @auth bearer
 * @openapi-override {"requestBody": {"required": true}}
 * @openapi
 */
export const PATCH = userRoute<Params>(async (request, { owner, params: { id } }) => {
  const input = await parseBody(request, UpdateTaskSchema);
  return taskResponse(await updateTask(getDb(), taskTarget(request, owner, id), input));
});

/**
 * Delete a task
 * @description Answers 204 with no body. With `If-Match`, answers 412 if the task changed since.
 * @operationId deleteTask
 * @tag Tasks
 * @pathParams TaskPathParamsSchema
 * @response 204
 * @responseDescription The task is deleted
 * @responseHeader 204 X-Request-Id string This request's id, also in server logs
 * @add 401, 403, 404, 412, 429, 500, 503
 * @auth bearer
 * @openapi
 */
export const DELETE = userRoute<Params>(async (request, { owner, params: { id } }) => {
  await deleteTask(getDb(), taskTarget(request, owner, id));
  return new Response(null, { status: 204 });
});

export const OPTIONS = preflight(["GET", "PUT", "PATCH", "DELETE"]);
export const { POST } = methodNotAllowed(["GET", "PUT", "PATCH", "DELETE"]);
