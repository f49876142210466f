import { taskResponse } from "@todo/api/tasks";
import { MoveTaskSchema } from "@todo/contracts";
import { moveTask } from "@todo/db";
import { getDb } from "@/server/db";
import { preflight } from "@/server/http/cors";
import { methodNotAllowed } from "@/server/http/method-not-allowed";
import { parseBody } from "@/server/http/parse";
import { userRoute } from "@/server/http/user-route";
import { taskTarget } from "@/server/tasks/task-target";

type Params = { userId: string; id: string };

/**
 * Move a task
 * @description Places the task in the manual order: `{"before": id}` or `{"after": id}` (a task of the same list and level: 422 otherwise), `{"listId": n}` (first in that list), or `listId` with `before`/`after`. A parent takes its subtasks to its new list; a subtask stays under its parent. A task, list or neighbour not the user's is 404. With `If-Match`, answers 412 if the task changed since.
 * @operationId moveTask
 * @tag Tasks
 * @pathParams TaskPathParamsSchema
 * @body MoveTaskSchema
 * @response TaskSchema:The task as placed
 * @responseHeader 200 ETag string The task's new version
 * @responseHeader 200 X-Request-Id string This request's id, also in server logs
 * @add 400, 401, 403, 404, 412, 413, 415, 422, 429, 500, 503
 * @auth bearer
 * @openapi-override {"requestBody": {"required": true}}
 * @openapi
 */
export const POST = userRoute<Params>(async (request, { owner, params: { id } }) => {
  const target = taskTarget(request, owner, id);
  const input = await parseBody(request, MoveTaskSchema);
  return taskResponse(await moveTask(getDb(), target, input));
});

export const OPTIONS = preflight(["POST"]);
export const { GET, PUT, PATCH, DELETE } = methodNotAllowed(["POST"]);
