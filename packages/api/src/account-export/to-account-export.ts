import { type AccountExport, EXPORT_FORMAT, EXPORT_VERSION } from "@todo/contracts";
import type { AccountData } from "@todo/db";
import { toCompletion } from "../completions";
import { toTask } from "../tasks";

/** A user's data as the export document (version 1): each list, task and completion as the API shows it. */
export function toAccountExport(data: AccountData, now = new Date()): AccountExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    settings: { timeZone: data.timeZone },
    lists: data.lists.map((row) => ({
      id: row.id,
      name: row.name,
      color: row.color,
      isInbox: row.isInbox,
      position: row.position,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    })),
    tasks: data.tasks.map((row) => {
      const { userId: _user, subtasks: _counts, ...rest } = toTask({ ...row, subtasks: { total: 0, completed: 0 } });
      return rest;
    }),
    completions: data.completions.map(toCompletion),
  };
}
