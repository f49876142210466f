import { z } from "zod";
import { fits, storable, UNSTORABLE_TEXT } from "./characters";
import { DateOnlySchema } from "./date-only";
import { MAX_LIST_ID } from "./params";
import { wholeNumberParam } from "./query-number";
import { TagSchema } from "./tag";
import { TaskPrioritySchema } from "./task";
import { LIST_LIMIT_MAX, MAX_TASK_ID, SEARCH_MAX, SORT_ORDERS, TASK_SORTS, TASK_STATUSES } from "./task-values";

/** The list's query string. Unknown parameters are refused, so a typo never goes unnoticed. */
export const ListTasksQuerySchema = z.strictObject({
  listId: wholeNumberParam("listId", MAX_LIST_ID).optional().describe("Only the tasks of this list"),
  parentId: z
    .string()
    .regex(/^(none|any|[1-9]\d{0,9})$/, "parentId must be none, any or a task id")
    .transform((value) => (value === "none" || value === "any" ? value : Number(value)))
    .refine((value) => typeof value === "string" || value <= MAX_TASK_ID, `parentId must be at most ${MAX_TASK_ID}`)
    .optional()
    .describe("`none` (the default): top-level tasks only; a task's id: its subtasks; `any`: both"),
  status: z.enum(TASK_STATUSES).optional().describe("`pending` or `completed` tasks only; default `all`"),
  q: z
    .string()
    .trim()
    .refine(storable, `Search text ${UNSTORABLE_TEXT}`)
    .refine(fits(SEARCH_MAX), `Search text must be at most ${SEARCH_MAX} characters`)
    .meta({ maxLength: SEARCH_MAX })
    .optional()
    .describe(
      "Text to find in the title, description or tags, ignoring case; a leading `#` may be left on for tags (`#travel` finds the tag `travel`)",
    ),
  priority: TaskPrioritySchema.optional().describe("Only tasks of this priority"),
  tag: TagSchema.optional().describe(
    "Only tasks carrying this tag, ignoring case (`OK` finds `ok`); a leading `#` is dropped",
  ),
  dueBefore: DateOnlySchema.optional().describe("Only tasks due before this date (exclusive)"),
  dueAfter: DateOnlySchema.optional().describe("Only tasks due after this date (exclusive)"),
  sort: z
    .enum(TASK_SORTS)
    .optional()
    .describe(
      "Sort key; default `created`. `due` puts undated tasks last; `manual` is the tasks' own order (`position`, ties by id)",
    ),
  order: z
    .enum(SORT_ORDERS)
    .optional()
    .describe("Default `desc` (so newest first under the default sort); `asc` (top first) for `sort=manual`"),
  limit: wholeNumberParam("limit", LIST_LIMIT_MAX).optional().describe("Tasks per page, 1–100; default 50"),
  cursor: z.string().max(2048).optional().describe("Where the page starts: copy it from the `Link` header's next URL"),
});
export type ListTasksQuery = z.infer<typeof ListTasksQuerySchema>;
