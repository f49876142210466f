import { ReplaceTaskSchema, UpdateTaskSchema } from "@todo/contracts";
import { deleteTask, getTask, replaceTask, updateTask } from "@todo/db";
import { authorize } from "@/server/auth/authorize";
import { getDb } from "@/server/db";
import { apiRoute } from "@/server/http/api-route";
import { methodNotAllowed } from "@/server/http/method-not-allowed";
import { parseBody } from "@/server/http/parse";
import { taskResponse } from "@/server/tasks/task-response";
import { parseTaskId, taskTarget } from "@/server/tasks/task-target";

type Params = { userId: string; id: string };

/**
 * Get a task
 * @description One task, with its `ETag` for conditional writes.
 * @pathParams TaskPathParams
 * @response Task
 * @auth bearer
 * @openapi
 */
export const GET = apiRoute<Params>(async (request, { params }) => {
  const { userId, id } = await params;
  const owner = await authorize(request, userId);
  return taskResponse(await getTask(getDb(), owner, parseTaskId(id)));
});

/**
 * Replace a task
 * @description Sets every editable field; one left out goes back to its default. With `If-Match`,
 * answers 412 if the task changed since that ETag.
 * @pathParams TaskPathParams
 * @body ReplaceTask
 * @response Task
 * @auth bearer
 * @openapi
 */
export const PUT = apiRoute<Params>(async (request, { params }) => {
  const { userId, id } = await params;
  const owner = await authorize(request, userId);
  const input = await parseBody(request, ReplaceTaskSchema);
  return taskResponse(await replaceTask(getDb(), taskTarget(request, owner, id), input));
});

/**
 * Update a task
 * @description Changes only the fields sent. With `If-Match`, answers 412 if the task changed since.
 * @pathParams TaskPathParams
 * @body UpdateTask
 * @response Task
 * @auth bearer
 * @openapi
 */
export const PATCH = apiRoute<Params>(async (request, { params }) => {
  const { userId, id } = await params;
  const owner = await authorize(request, userId);
  const input = await parseBody(request, UpdateTaskSchema);
  return taskResponse(await updateTask(getDb(), taskTarget(request, owner, id), input));
});

/**
 * Delete a task
 * @description Answers 204. With `If-Match`, answers 412 if the task changed since.
 * @pathParams TaskPathParams
 * @response 204
 * @auth bearer
 * @openapi
 */
export const DELETE = apiRoute<Params>(async (request, { params }) => {
  const { userId, id } = await params;
  const owner = await authorize(request, userId);
  await deleteTask(getDb(), taskTarget(request, owner, id));
  return new Response(null, { status: 204 });
});

export const { POST } = methodNotAllowed(["GET", "PUT", "PATCH", "DELETE"]);
