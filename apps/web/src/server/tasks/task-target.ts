import { MAX_TASK_ID, parseTaskIfMatch } from "@todo/contracts";
import type { TaskTarget } from "@todo/db";
import { HttpError } from "../http/errors";
import { ifMatchVersions } from "../http/if-match";

/** The path's task id; one that cannot exist is simply not found, as an unknown id is. */
export function parseTaskId(raw: string): number {
  const id = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(id <= MAX_TASK_ID)) throw new HttpError(404, "No such task");
  return id;
}

/** The task a write targets: the owner's, by the path's id, at the `If-Match` version if given. */
export function taskTarget(request: Request, userId: string, rawId: string): TaskTarget {
  return { userId, id: parseTaskId(rawId), ifMatch: ifMatchVersions(request, parseTaskIfMatch, "the task") };
}

/** The path's completion id; one that cannot exist is simply not found. */
export function parseCompletionId(raw: string): number {
  const id = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(id <= MAX_TASK_ID)) throw new HttpError(404, "No such completion");
  return id;
}
