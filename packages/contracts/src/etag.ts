import type { Settings } from "./settings";
import type { SubtaskCounts, Task } from "./task";

/** What a task's ETag names: its `updatedAt`, and its subtasks' counts, which change without a write to the task. */
export interface TaskVersion {
  updatedAt: Date;
  subtasks: SubtaskCounts;
}

const versionTag = (updatedAt: string) => String(Date.parse(updatedAt));

/**
 * A task's ETag: its `updatedAt` in milliseconds, which every write to it moves forward, and for a parent its
 * subtasks' counts (`"<ms>-<total>-<completed>"`), which the `subtasks` field answers. A task without subtasks keeps
 * the tag it always had. The server sends it; clients can derive it from a listed task (or a change's data) to send
 * `If-Match` without a GET first.
 */
export function taskEtag(task: Pick<Task, "updatedAt" | "subtasks">): string {
  const { total, completed } = task.subtasks;
  return total === 0 ? `"${versionTag(task.updatedAt)}"` : `"${versionTag(task.updatedAt)}-${total}-${completed}"`;
}

/** The strong entity tags of an `If-Match` list, unquoted: a weak one (`W/"…"`) never satisfies it (RFC 9110 § 13.1.1). */
function strongTags(value: string): string[] {
  return [...value.matchAll(/(W\/)?"([^"]*)"/g)].filter(([, weak]) => !weak).map(([, , tag = ""]) => tag);
}

// Numbers as this API writes them (an entity tag is opaque: `"0012"` is not `"12"`, nor `"12-0-0"` a task's `"12"`).
const MS = "(0|[1-9]\\d{0,14})";
const COUNT = "(0|[1-9]\\d{0,2})";
const TASK_TAG = new RegExp(`^${MS}(?:-([1-9]\\d{0,2})-${COUNT})?$`);
const SETTINGS_TAG = new RegExp(`^${MS}$`);
// 9999-12-31T23:59:59.999Z: no version is later (a later one would reach the database in a form it refuses).
const LATEST_VERSION_MS = 253_402_300_799_999;

/** The version a tag's milliseconds name, if a version can be that late. */
const versionAt = (ms: string): Date | undefined =>
  Number(ms) <= LATEST_VERSION_MS ? new Date(Number(ms)) : undefined;

/** The task versions an `If-Match` value names: one per tag in its list that this API could have sent. `*` is the caller's to handle. */
export function parseTaskIfMatch(value: string): TaskVersion[] {
  return strongTags(value).flatMap((tag) => {
    const [, ms, total = "0", completed = "0"] = TASK_TAG.exec(tag) ?? [];
    const updatedAt = ms === undefined ? undefined : versionAt(ms);
    if (updatedAt === undefined) return [];
    return [{ updatedAt, subtasks: { total: Number(total), completed: Number(completed) } }];
  });
}

/** The settings' ETag: their `updatedAt` in milliseconds. */
export function settingsEtag(settings: Pick<Settings, "updatedAt">): string {
  return `"${versionTag(settings.updatedAt)}"`;
}

/** The settings versions (`updatedAt`s) an `If-Match` value names, read as a task's are. */
export function parseSettingsIfMatch(value: string): Date[] {
  return strongTags(value).flatMap((tag) => {
    const version = SETTINGS_TAG.test(tag) ? versionAt(tag) : undefined;
    return version ? [version] : [];
  });
}
