import { CompleteTaskSchema } from "@todo/contracts";
import { completeTask } from "@todo/db";
import { authorize } from "@/server/auth/authorize";
import { getDb } from "@/server/db";
import { apiRoute } from "@/server/http/api-route";
import { methodNotAllowed } from "@/server/http/method-not-allowed";
import { parseOptionalBody } from "@/server/http/parse";
import { taskResponse } from "@/server/tasks/task-response";
import { taskTarget } from "@/server/tasks/task-target";

type Params = { userId: string; id: string };

/**
 * Complete a task
 * @description Without a body, flips `completed`; with `{"completed": true|false}`, sets it.
 * With `If-Match`, answers 412 if the task changed since.
 * @pathParams TaskPathParams
 * @body CompleteTask
 * @response Task
 * @auth bearer
 * @openapi
 */
export const PATCH = apiRoute<Params>(async (request, { params }) => {
  const { userId, id } = await params;
  const owner = await authorize(request, userId);
  const input = await parseOptionalBody(request, CompleteTaskSchema);
  return taskResponse(await completeTask(getDb(), taskTarget(request, owner, id), input?.completed));
});

export const { GET, POST, PUT, DELETE } = methodNotAllowed(["PATCH"]);
