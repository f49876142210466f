import { z } from "zod";
import { DateOnlySchema } from "./date-only";
import { ListIdSchema } from "./params";
import { TagsSchema } from "./tag";
import { TaskDescriptionSchema, TaskPrioritySchema, TaskTitleSchema } from "./task";

/** POST body: only `title` is needed; the rest take their defaults (`listId`: the Inbox). */
export const CreateTaskSchema = z.strictObject({
  title: TaskTitleSchema,
  listId: ListIdSchema.optional().describe("The list to put the task in; the Inbox when left out"),
  description: TaskDescriptionSchema.optional(),
  completed: z.boolean().optional(),
  priority: TaskPrioritySchema.optional(),
  tags: TagsSchema.optional(),
  dueDate: DateOnlySchema.nullable().optional(),
});
export type CreateTask = z.infer<typeof CreateTaskSchema>;

/** PUT body: replaces every editable field; one left out goes back to its default, but for `listId` (left out: the task stays in its list). */
export const ReplaceTaskSchema = CreateTaskSchema;
export type ReplaceTask = z.infer<typeof ReplaceTaskSchema>;

/** PATCH body: changes only the fields sent, at least one. */
export const UpdateTaskSchema = CreateTaskSchema.partial().refine((body) => Object.keys(body).length > 0, {
  message: "Send at least one field to change",
  // Only worth saying when nothing else was wrong (`{"userId": …}` is an unknown field, not an empty change).
  when: (payload) => payload.issues.length === 0,
});
export type UpdateTask = z.infer<typeof UpdateTaskSchema>;

/** PATCH …/complete body, optional: without it the task's state is toggled. */
export const CompleteTaskSchema = z.strictObject({
  completed: z.boolean(),
});
export type CompleteTask = z.infer<typeof CompleteTaskSchema>;
