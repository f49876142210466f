import { taskResponse } from "@todo/api/tasks";
import { undoCompletion } from "@todo/db";
import { getDb } from "@/server/db";
import { preflight } from "@/server/http/cors";
import { methodNotAllowed } from "@/server/http/method-not-allowed";
import { userRoute } from "@/server/http/user-route";
import { parseCompletionId, taskTarget } from "@/server/tasks/task-target";

type Params = { userId: string; id: string; completionId: string };

/**
 * Undo a completion
 * @description Undoes the task's latest completion: the task is open again at the occurrence it completed (its `dueDate` as it was), and the subtasks that completion reset are completed again. An older completion is 409 (undo the later ones first); one not of this task is 404. With `If-Match`, answers 412 if the task changed since.
 * @operationId undoCompletion
 * @tag Tasks
 * @pathParams CompletionPathParamsSchema
 * @response TaskSchema:The task as it now is
 * @responseHeader 200 ETag string The task's new version
 * @responseHeader 200 X-Request-Id string This request's id, also in server logs
 * @add 401, 403, 404, 409, 412, 429, 500, 503
 * @auth bearer
 * @openapi
 */
export const DELETE = userRoute<Params>(async (request, { owner, params: { id, completionId } }) => {
  const target = taskTarget(request, owner, id);
  return taskResponse(await undoCompletion(getDb(), target, parseCompletionId(completionId)));
});

export const OPTIONS = preflight(["DELETE"]);
export const { GET, POST, PUT, PATCH } = methodNotAllowed(["DELETE"]);
