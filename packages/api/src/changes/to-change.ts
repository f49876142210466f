import type { Change } from "@todo/contracts";
import type { ChangeEntry } from "@todo/db";
import { toList } from "../lists/to-list";
import { toSettings } from "../settings/settings-response";
import { toTask } from "../tasks/to-task";

/** A change as the API answers it: `data` is the task, list or settings through the same mapping as their own routes. */
export function toChange(entry: ChangeEntry): Change {
  const { seq, type } = entry;
  const id = entry.id as number;
  switch (type) {
    case "task.created":
    case "task.updated":
      if (!entry.task) throw new Error(`Change ${seq} (${type}) came without its task`);
      return { seq, type, id, data: toTask(entry.task) };
    case "list.created":
    case "list.updated":
      if (!entry.list) throw new Error(`Change ${seq} (${type}) came without its list`);
      return { seq, type, id, data: toList(entry.list) };
    case "task.deleted":
    case "list.deleted":
      return { seq, type, id, data: null };
    case "settings.updated":
      if (!entry.settings) throw new Error(`Change ${seq} (${type}) came without the settings`);
      return { seq, type, id: null, data: toSettings(entry.settings) };
  }
}
