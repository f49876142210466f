import { z } from "zod";
import { CompletionSchema } from "./completion";
import { ListSchema } from "./list";
import { TaskSchema } from "./task";

export const EXPORT_FORMAT = "todo-export";
export const EXPORT_VERSION = 1;

/** A list in an export: as the API answers it, less what the importing account decides (owner, counts). */
export const ExportedListSchema = ListSchema.omit({ userId: true, openTasks: true });
export type ExportedList = z.infer<typeof ExportedListSchema>;

/** A task in an export: as the API answers it, less its owner and its subtasks' counts (the export holds them). */
export const ExportedTaskSchema = TaskSchema.omit({ userId: true, subtasks: true });
export type ExportedTask = z.infer<typeof ExportedTaskSchema>;

/**
 * Everything of one user as one JSON document (`GET /api/{userId}/export`), version 1. Ids are the
 * exporting server's: they tie tasks to their list and parent, and completions to their task.
 */
export const AccountExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION).describe("Bumped on any change a reader of version 1 could not read"),
  exportedAt: z.iso.datetime(),
  settings: z.object({ timeZone: z.string() }),
  lists: z.array(ExportedListSchema).describe("Every list, the Inbox first"),
  tasks: z.array(ExportedTaskSchema).describe("Every task, subtasks included (`parentId`), by list and position"),
  completions: z.array(CompletionSchema).describe("Every completion of a recurring task, oldest first"),
});
export type AccountExport = z.infer<typeof AccountExportSchema>;
