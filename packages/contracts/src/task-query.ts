import { z } from "zod";
import { DateOnlySchema, TagSchema, TaskPrioritySchema } from "./task";

export const TASK_STATUSES = ["all", "pending", "completed"] as const;
export const TASK_SORTS = ["created", "updated", "due", "priority", "title"] as const;
export const SORT_ORDERS = ["asc", "desc"] as const;
export const LIST_LIMIT_DEFAULT = 50;
export const LIST_LIMIT_MAX = 100;

export type TaskSort = (typeof TASK_SORTS)[number];
export type SortOrder = (typeof SORT_ORDERS)[number];

/** The list's query string. Unknown parameters are refused, so a typo never goes unnoticed. */
export const ListTasksQuerySchema = z.strictObject({
  status: z.enum(TASK_STATUSES).optional(),
  q: z.string().trim().max(200, "Search text must be at most 200 characters").optional(),
  priority: TaskPrioritySchema.optional(),
  tag: TagSchema.optional(),
  dueBefore: DateOnlySchema.optional(),
  dueAfter: DateOnlySchema.optional(),
  sort: z.enum(TASK_SORTS).optional(),
  order: z.enum(SORT_ORDERS).optional(),
  limit: z.coerce
    .number()
    .int("limit must be a whole number")
    .min(1, "limit must be at least 1")
    .max(LIST_LIMIT_MAX, `limit must be at most ${LIST_LIMIT_MAX}`)
    .optional(),
  cursor: z.string().max(2048).optional(),
});
export type ListTasksQuery = z.infer<typeof ListTasksQuerySchema>;
