import { MAX_TASK_ID, parseIfMatch } from "@todo/contracts";
import type { TaskTarget } from "@todo/db";
import { HttpError } from "../http/errors";

/** The path's task id; one that cannot exist is simply not found, as an unknown id is. */
export function parseTaskId(raw: string): number {
  const id = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(id <= MAX_TASK_ID)) throw new HttpError(404, "No such task");
  return id;
}

/**
 * `If-Match`: `*` or absent means any version; otherwise the write needs one of the versions its
 * list names, and a list naming none this API could have sent can never match (412).
 */
function ifMatch(request: Request): Date[] | undefined {
  const header = request.headers.get("if-match");
  if (header === null || header.trim() === "*") return undefined;
  const versions = parseIfMatch(header);
  if (versions.length === 0) throw new HttpError(412, "If-Match must be an ETag this API sent for the task");
  return versions;
}

/** The task a write targets: the owner's, by the path's id, at the `If-Match` version if given. */
export function taskTarget(request: Request, userId: string, rawId: string): TaskTarget {
  return { userId, id: parseTaskId(rawId), ifUpdatedAt: ifMatch(request) };
}
