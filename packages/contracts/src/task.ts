import { z } from "zod";
import { fits, storable, UNSTORABLE_TEXT } from "./characters";
import { DateOnlySchema } from "./date-only";

export const TASK_PRIORITIES = ["none", "low", "medium", "high"] as const;
export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 2000;

export const TaskPrioritySchema = z.enum(TASK_PRIORITIES);
export type TaskPriority = z.infer<typeof TaskPrioritySchema>;

export const TaskTitleSchema = z
  .string()
  .trim()
  .min(1, "Title must not be empty")
  .refine(storable, `Title ${UNSTORABLE_TEXT}`)
  .refine(fits(TITLE_MAX), `Title must be at most ${TITLE_MAX} characters`)
  .meta({ maxLength: TITLE_MAX });

export const TaskDescriptionSchema = z
  .string()
  .refine(storable, `Description ${UNSTORABLE_TEXT}`)
  .refine(fits(DESCRIPTION_MAX), `Description must be at most ${DESCRIPTION_MAX} characters`)
  .meta({ maxLength: DESCRIPTION_MAX });

/** A task as the API returns it. */
export const TaskSchema = z.object({
  id: z.number().int().positive(),
  userId: z.string(),
  listId: z.number().int().positive(),
  title: z.string(),
  description: z.string(),
  completed: z.boolean(),
  priority: TaskPrioritySchema,
  tags: z.array(z.string()).describe("Its tags, as first spelled: none holds whitespace or starts with `#`"),
  dueDate: DateOnlySchema.nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Task = z.infer<typeof TaskSchema>;

export const TaskListSchema = z.array(TaskSchema);
