import { z } from "zod";

/** The largest body `POST /api/{userId}/import` reads: an export or a Todoist CSV of a few thousand tasks fits. */
export const IMPORT_BODY_LIMIT_BYTES = 5 * 1024 * 1024;

/** Todoist's CSV export goes into one new list of this name (suffixed when a list of it exists). */
export const TODOIST_LIST_NAME = "Todoist";

/** The import's query string. */
export const ImportQuerySchema = z.strictObject({
  dryRun: z
    .enum(["true", "false"])
    .optional()
    .describe("`true`: read and check the body, answer what would be added, and add nothing"),
});
export type ImportQuery = z.infer<typeof ImportQuerySchema>;

/** What an import added (or, with `dryRun=true`, would add). */
export const ImportSummarySchema = z.object({
  dryRun: z.boolean().describe("True when nothing was added: the counts say what an import would add"),
  lists: z.number().int().nonnegative().describe("Lists created (the Inbox's tasks go into the user's Inbox)"),
  tasks: z.number().int().nonnegative().describe("Top-level tasks added"),
  subtasks: z.number().int().nonnegative().describe("Subtasks added"),
  completions: z.number().int().nonnegative().describe("Completions of recurring tasks added"),
  titles: z.array(z.string()).describe("The first few top-level tasks' titles, in order: for a preview"),
  warnings: z
    .array(z.string())
    .describe("What was read differently from the source: a list renamed, a date kept as text, an indent flattened"),
});
export type ImportSummary = z.infer<typeof ImportSummarySchema>;
