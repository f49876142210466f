import type { Settings } from "./settings";
import type { Task } from "./task";

/**
 * A task's ETag: its `updatedAt` in milliseconds, which every change moves forward. The server
 * sends it; clients can derive it from a listed task to send `If-Match` without a GET first.
 */
export function taskEtag(task: Pick<Task, "updatedAt">): string {
  return `"${Date.parse(task.updatedAt)}"`;
}

/**
 * The versions an `If-Match` value names: the `updatedAt` of each ETag in its list that this API
 * could have sent. A weak tag (`W/"…"`) never satisfies `If-Match` (RFC 9110 § 13.1.1), nor does a
 * tag of another shape; `*` is the caller's to handle.
 */
export function parseIfMatch(value: string): Date[] {
  const versions: Date[] = [];
  for (const [, weak, tag = ""] of value.matchAll(/(W\/)?"([^"]*)"/g)) {
    if (!weak && /^\d{1,15}$/.test(tag)) versions.push(new Date(Number(tag)));
  }
  return versions;
}

/** The settings' ETag, made as a task's is: their `updatedAt` in milliseconds. */
export function settingsEtag(settings: Pick<Settings, "updatedAt">): string {
  return taskEtag(settings);
}
