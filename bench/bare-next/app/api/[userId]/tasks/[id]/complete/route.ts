import { taskResponse } from "@todo/api/tasks";
import { CompleteTaskSchema } from "@todo/contracts";
import { completeTask } from "@todo/db";
import { answer, refusal } from "../../../../../../server/answer";

type Params = { params: Promise<{ userId: string; id: string }> };

export async function PATCH(request: Request, { params }: Params) {
  const { userId, id } = await params;
  if (!/^\d{1,10}$/.test(id)) return refusal(404);
  return answer(request, userId, async ({ db }) => {
    const text = await request.text();
    const input = text.trim() ? CompleteTaskSchema.safeParse(JSON.parse(text)) : undefined;
    if (input && !input.success) return refusal(422);
    const outcome = await completeTask(db, { userId, id: Number(id) }, input?.data?.completed);
    return taskResponse(outcome.task, { completionId: outcome.completionId });
  });
}
