import { taskEtag } from "@todo/contracts";
import type { TaskWithSubtasks } from "@todo/db";
import { toTask } from "./to-task";

/**
 * A task as JSON with its ETag; `created` answers 201 with its `Location`, `completionId` names the completion
 * the request recorded (`Completion-Id`).
 */
export function taskResponse(
  row: TaskWithSubtasks,
  { created = false, completionId = null }: { created?: boolean; completionId?: number | null } = {},
): Response {
  const task = toTask(row);
  const headers = new Headers({ ETag: taskEtag(task), "Cache-Control": "no-store" });
  if (created) headers.set("Location", `/api/${task.userId}/tasks/${task.id}`);
  if (completionId !== null) headers.set("Completion-Id", String(completionId));
  return Response.json(task, { status: created ? 201 : 200, headers });
}
