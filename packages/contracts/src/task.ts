import { z } from "zod";
import { fits, showsSomething, storable, UNSTORABLE_TEXT } from "./characters";
import { DateOnlySchema } from "./date-only";
import { RecurrenceFromSchema } from "./recurrence";
import { RemindersSchema } from "./reminder";
import { DESCRIPTION_MAX, TASK_PRIORITIES, TITLE_MAX } from "./task-values";

export const TaskPrioritySchema = z.enum(TASK_PRIORITIES);

export const TaskTitleSchema = z
  .string()
  .trim()
  .min(1, { message: "Title must not be empty", abort: true })
  .refine(showsSomething, "Title must not be empty")
  .refine(storable, `Title ${UNSTORABLE_TEXT}`)
  .refine(fits(TITLE_MAX), `Title must be at most ${TITLE_MAX} characters`)
  .meta({ maxLength: TITLE_MAX });

export const TaskDescriptionSchema = z
  .string()
  .refine(storable, `Description ${UNSTORABLE_TEXT}`)
  .refine(fits(DESCRIPTION_MAX), `Description must be at most ${DESCRIPTION_MAX} characters`)
  .meta({ maxLength: DESCRIPTION_MAX });

/** How many subtasks a task has, and how many of them are completed (zeros on a subtask). */
export const SubtaskCountsSchema = z.object({
  total: z.number().int().nonnegative(),
  completed: z.number().int().nonnegative(),
});
export type SubtaskCounts = z.infer<typeof SubtaskCountsSchema>;

/** A task as the API returns it. */
export const TaskSchema = z.object({
  id: z.number().int().positive(),
  userId: z.string(),
  listId: z.number().int().positive(),
  parentId: z.number().int().positive().nullable().describe("The parent task of a subtask; null for a top-level task"),
  position: z.string().describe("Opaque: `sort=manual` orders by it, ties by id"),
  subtasks: SubtaskCountsSchema,
  title: z.string(),
  description: z.string(),
  completed: z.boolean(),
  priority: TaskPrioritySchema,
  tags: z.array(z.string()).describe("Its tags, as first spelled: none holds whitespace or starts with `#`"),
  dueDate: DateOnlySchema.nullable(),
  dueTime: z
    .string()
    .nullable()
    .describe("`HH:MM` (24-hour) in the user's time zone, or null for a task due all day (or undated)"),
  recurrence: z
    .object({ rule: z.string(), from: RecurrenceFromSchema })
    .nullable()
    .describe("How the task repeats (its rule in canonical order), or null"),
  reminders: RemindersSchema.describe(
    "When to notify before the due instant (its due time, or 09:00 for a date-only task): once per occurrence",
  ),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Task = z.infer<typeof TaskSchema>;

export const TaskListSchema = z.array(TaskSchema);
