import { z } from "zod";
import { CompletionSchema } from "./completion";
import { ListSchema } from "./list";
import { TaskSchema } from "./task";

export const EXPORT_FORMAT = "todo-export";
export const EXPORT_VERSION = 1;

/**
 * Everything of one user as one JSON document (`GET /api/{userId}/export`), version 1. Ids are the
 * exporting server's: they tie tasks to their list and parent, and completions to their task.
 */
export const AccountExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION).describe("Bumped on any change a reader of version 1 could not read"),
  exportedAt: z.iso.datetime(),
  settings: z.object({ timeZone: z.string() }),
  lists: z.array(ListSchema.omit({ userId: true, openTasks: true })).describe("Every list, the Inbox first"),
  tasks: z
    .array(TaskSchema.omit({ userId: true, subtasks: true }))
    .describe("Every task, subtasks included (`parentId`), by list and position"),
  completions: z.array(CompletionSchema).describe("Every completion of a recurring task, oldest first"),
});
export type AccountExport = z.infer<typeof AccountExportSchema>;
