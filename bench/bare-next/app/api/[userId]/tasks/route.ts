import { taskListResponse, taskResponse } from "@todo/api/tasks";
import { CreateTaskSchema, ListTasksQuerySchema } from "@todo/contracts";
import { createTask, listTasks } from "@todo/db";
import { answer, refusal } from "../../../../server/answer";

type Params = { params: Promise<{ userId: string }> };

export async function GET(request: Request, { params }: Params) {
  const { userId } = await params;
  return answer(request, userId, async ({ db }) => {
    const url = new URL(request.url);
    const query = ListTasksQuerySchema.safeParse(Object.fromEntries(url.searchParams));
    if (!query.success) return refusal(400);
    return taskListResponse(url, await listTasks(db, userId, query.data));
  });
}

export async function POST(request: Request, { params }: Params) {
  const { userId } = await params;
  return answer(request, userId, async ({ db }) => {
    const input = CreateTaskSchema.safeParse(JSON.parse(await request.text()));
    if (!input.success) return refusal(422);
    return taskResponse(await createTask(db, userId, input.data), { created: true });
  });
}
