import { ListTasksQuerySchema } from "@todo/contracts";
import { listTasks } from "@todo/db";
import { authorize } from "@/server/auth/authorize";
import { getDb } from "@/server/db";
import { apiRoute } from "@/server/http/api-route";
import { parseQuery } from "@/server/http/parse";
import { listHeaders } from "@/server/tasks/list-headers";
import { toTask } from "@/server/tasks/to-task";

/**
 * List tasks
 * @description The user's tasks, filtered, searched and sorted, one page at a time (keyset pagination).
 * @pathParams UserPathParams
 * @params ListTasksQuery
 * @response TaskList
 * @auth bearer
 * @openapi
 */
export const GET = apiRoute<{ userId: string }>(async (request, { params }) => {
  const { userId } = await params;
  const owner = await authorize(request, userId);
  const query = parseQuery(request, ListTasksQuerySchema);
  const page = await listTasks(getDb(), owner, query);
  return Response.json(page.rows.map(toTask), { headers: listHeaders(request, page) });
});
