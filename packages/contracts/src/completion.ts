import { z } from "zod";
import { DateOnlySchema } from "./date-only";
import { wholeNumberParam } from "./query-number";
import { LIST_LIMIT_MAX } from "./task-values";

/** One completion of a recurring task's occurrence, as the API returns it. */
export const CompletionSchema = z.object({
  id: z.number().int().positive(),
  taskId: z.number().int().positive(),
  dueDate: DateOnlySchema,
  dueTime: z.string().nullable().describe("Its due time, `HH:MM`, if it had one"),
  completedAt: z.iso.datetime(),
});
export type Completion = z.infer<typeof CompletionSchema>;

export const CompletionListSchema = z.array(CompletionSchema);

export const COMPLETIONS_LIMIT_DEFAULT = 50;

/** The completions' query string: a page at a time, newest first. */
export const ListCompletionsQuerySchema = z.strictObject({
  limit: wholeNumberParam("limit", LIST_LIMIT_MAX).optional().describe("Completions per page, 1–100; default 50"),
  cursor: z.string().max(64).optional().describe("Where the page starts: copy it from the `Link` header's next URL"),
});
export type ListCompletionsQuery = z.infer<typeof ListCompletionsQuerySchema>;
