import { completionListResponse } from "@todo/api/completions";
import { ListCompletionsQuerySchema } from "@todo/contracts";
import { listCompletions } from "@todo/db";
import { getDb } from "@/server/db";
import { preflight } from "@/server/http/cors";
import { methodNotAllowed } from "@/server/http/method-not-allowed";
import { parseQuery } from "@/server/http/parse";
import { userRoute } from "@/server/http/user-route";
import { parseTaskId } from "@/server/tasks/task-target";

type Params = { userId: string; id: string };

/**
 * List a task's completions
 * @description The completions of a recurring task's occurrences, newest first, a page at a time: follow `Link` (rel="next") while it is present. Each names the occurrence completed (`dueDate`, `dueTime`) and when (`completedAt`).
 * @operationId listCompletions
 * @tag Tasks
 * @pathParams TaskPathParamsSchema
 * @params ListCompletionsQuerySchema
 * @response CompletionListSchema:One page of completions
 * @responseHeader 200 Link string `</api/{userId}/tasks/{id}/completions?…&cursor=…>; rel="next"` while older completions remain
 * @responseHeader 200 X-Request-Id string This request's id, also in server logs
 * @add 400, 401, 403, 404, 429, 500, 503
 * @auth bearer
 * @openapi
 */
export const GET = userRoute<Params>(async (request, { owner, params: { id } }) => {
  const taskId = parseTaskId(id);
  const query = parseQuery(request, ListCompletionsQuerySchema);
  return completionListResponse(request.url, await listCompletions(getDb(), owner, taskId, query));
});

export const OPTIONS = preflight(["GET"]);
export const { POST, PUT, PATCH, DELETE } = methodNotAllowed(["GET"]);
