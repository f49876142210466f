import { z } from "zod";
import { fits, storable, UNSTORABLE_TEXT } from "./characters";
import { DateOnlySchema } from "./date-only";
import { MAX_LIST_ID } from "./params";
import { TagSchema } from "./tag";
import { TaskPrioritySchema } from "./task";

export const TASK_STATUSES = ["all", "pending", "completed"] as const;
export const TASK_SORTS = ["created", "updated", "due", "priority", "title"] as const;
export const SORT_ORDERS = ["asc", "desc"] as const;
export const LIST_LIMIT_DEFAULT = 50;
export const LIST_LIMIT_MAX = 100;
export const SEARCH_MAX = 200;

export type TaskSort = (typeof TASK_SORTS)[number];
export type SortOrder = (typeof SORT_ORDERS)[number];

/** The list's query string. Unknown parameters are refused, so a typo never goes unnoticed. */
export const ListTasksQuerySchema = z.strictObject({
  listId: z.coerce
    .number()
    .int("listId must be a whole number")
    .min(1, "listId must be at least 1")
    .max(MAX_LIST_ID, `listId must be at most ${MAX_LIST_ID}`)
    .optional()
    .describe("Only the tasks of this list"),
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
  sort: z.enum(TASK_SORTS).optional().describe("Sort key; default `created`. `due` puts undated tasks last"),
  order: z.enum(SORT_ORDERS).optional().describe("Default `desc` (so newest first under the default sort)"),
  limit: z.coerce
    .number()
    .int("limit must be a whole number")
    .min(1, "limit must be at least 1")
    .max(LIST_LIMIT_MAX, `limit must be at most ${LIST_LIMIT_MAX}`)
    .optional()
    .describe("Tasks per page, 1–100; default 50"),
  cursor: z.string().max(2048).optional().describe("Where the page starts: copy it from the `Link` header's next URL"),
});
export type ListTasksQuery = z.infer<typeof ListTasksQuerySchema>;
