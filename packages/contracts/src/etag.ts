import type { Task } from "./task";

/**
 * A task's ETag: its `updatedAt` in milliseconds, which every change moves forward. The server
 * sends it; clients can derive it from a listed task to send `If-Match` without a GET first.
 */
export function taskEtag(task: Pick<Task, "updatedAt">): string {
  return `"${Date.parse(task.updatedAt)}"`;
}

/** The `updatedAt` an `If-Match` value names, or null when it names no version we could have sent. */
export function parseTaskEtag(value: string): Date | null {
  const match = /^"(\d{1,15})"$/.exec(value.trim());
  return match?.[1] ? new Date(Number(match[1])) : null;
}
