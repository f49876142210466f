import { taskResponse } from "@todo/api/tasks";
import { CompleteTaskSchema } from "@todo/contracts";
import { completeTask } from "@todo/db";
import { getDb } from "@/server/db";
import { preflight } from "@/server/http/cors";
import { methodNotAllowed } from "@/server/http/method-not-allowed";
import { parseOptionalBody } from "@/server/http/parse";
import { userRoute } from "@/server/http/user-route";
import { taskTarget } from "@/server/tasks/task-target";

type Params = { userId: string; id: string };

/**
 * Complete a task
 * @description Without a body, flips `completed`; with `{"completed": true}` or `{"completed": false}`, sets it. Completing an open recurring task completes its current occurrence instead: a completion is recorded (its id in `Completion-Id`) and, while the series goes on, the task stays open at its next occurrence (`from: "due"`: the first after the due date that is today or later in the user's time zone; `from: "completion"`: the rule applied from today) with its subtasks not completed again; at the series' end (COUNT, UNTIL) it is completed for good. Completions of one task take turns: one that finds the occurrence it came to already completed changes nothing and answers the task as it now is, without `Completion-Id`. With `If-Match`, answers 412 if the task changed since.
 * @operationId completeTask
 * @tag Tasks
 * @pathParams TaskPathParamsSchema
 * @body CompleteTaskSchema
 * @bodyDescription Optional: leave the body out to toggle
 * @response TaskSchema:The task as saved
 * @responseHeader 200 ETag string The task's new version
 * @responseHeader 200 Completion-Id integer The completion this request recorded, when it completed an occurrence of a recurring task: `DELETE …/completions/{completionId}` undoes it
 * @responseHeader 200 X-Request-Id string This request's id, also in server logs
 * @add 400, 401, 403, 404, 412, 413, 415, 422, 429, 500, 503
 * @auth bearer
 * @openapi
 */
export const PATCH = userRoute<Params>(async (request, { owner, params: { id } }) => {
  const input = await parseOptionalBody(request, CompleteTaskSchema);
  const outcome = await completeTask(getDb(), taskTarget(request, owner, id), input?.completed);
  return taskResponse(outcome.task, { completionId: outcome.completionId });
});

export const OPTIONS = preflight(["PATCH"]);
export const { GET, POST, PUT, DELETE } = methodNotAllowed(["PATCH"]);
