import { taskResponse } from "@todo/api/tasks";
import { QuickAddTaskSchema } from "@todo/contracts";
import { createTask } from "@todo/db";
import { getDb } from "@/server/db";
import { preflight } from "@/server/http/cors";
import { methodNotAllowed } from "@/server/http/method-not-allowed";
import { parseBody } from "@/server/http/parse";
import { userRoute } from "@/server/http/user-route";
import { quickAddTask } from "@/server/tasks/quick-add-task";

type Params = { userId: string };

/**
 * Create a task from one line of text
 * @description Reads the line as the add box does, in the user's time zone (settings): `#tag` (up to 10), `^List` (an existing list, by name ignoring case; an unknown one stays in the title), `!high` / `!medium` / `!low` (or `!1`–`!3`), English dates and times ("tomorrow 5pm", "next fri", "in 3 days", "Dec 24"), and repetitions ("every weekday 9:30", "every month on the 15th", "every last friday", "every 3 days after completion"). What it recognises leaves the title; text in double quotes is kept as it is. Answers 201 with the task, like a create; 422 at `text` when what is left is not a valid task (e.g. a title past 200 characters).
 * @operationId quickAddTask
 * @tag Tasks
 * @pathParams UserPathParamsSchema
 * @body QuickAddTaskSchema
 * @response 201:TaskSchema:The created task
 * @responseHeader 201 Location string The task's URL, `/api/{userId}/tasks/{id}`
 * @responseHeader 201 ETag string The task's version, for `If-Match`
 * @responseHeader 201 X-Request-Id string This request's id, also in server logs
 * @add 400, 401, 403, 404, 413, 415, 422, 429, 500, 503
 * @auth bearer
 * @openapi-override {"requestBody": {"required": true}}
 * @openapi
 */
export const POST = userRoute<Params>(async (request, { owner }) => {
  const input = await parseBody(request, QuickAddTaskSchema);
  const db = getDb();
  return taskResponse(await createTask(db, owner, await quickAddTask(db, owner, input)), { created: true });
});

export const OPTIONS = preflight(["POST"]);
export const { GET, PUT, PATCH, DELETE } = methodNotAllowed(["POST"]);
