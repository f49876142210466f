import { z } from "zod";
import { DateOnlySchema } from "./date-only";
import { ListIdSchema, TaskIdSchema } from "./params";
import { DueTimeSchema, RecurrenceSchema } from "./recurrence";
import { RemindersSchema } from "./reminder";
import { TagsSchema } from "./tag";
import { TaskDescriptionSchema, TaskPrioritySchema, TaskTitleSchema } from "./task";

const NEEDS_DUE_DATE = {
  dueTime: "A due time needs a dueDate",
  recurrence: "A recurrence needs a dueDate",
  reminders: "Reminders need a dueDate",
} as const;

/**
 * A body that sends a due time or a recurrence with no due date contradicts itself (422 at that field): with
 * `dueDate` null, or (`dueDateRequired`, as a POST or PUT leaves it null) left out.
 */
function needsDueDate(dueDateRequired: boolean) {
  return (
    body: { dueDate?: string | null; dueTime?: string | null; recurrence?: object | null; reminders?: unknown[] },
    context: z.RefinementCtx,
  ) => {
    if (body.dueDate === null || (dueDateRequired && body.dueDate === undefined)) {
      for (const field of ["dueTime", "recurrence"] as const) {
        if (body[field] != null) context.addIssue({ code: "custom", path: [field], message: NEEDS_DUE_DATE[field] });
      }
      if (body.reminders !== undefined && body.reminders.length > 0) {
        context.addIssue({ code: "custom", path: ["reminders"], message: NEEDS_DUE_DATE.reminders });
      }
    }
  };
}

/** Every editable field of a task, each optional: what the bodies below are made from. */
const TaskFieldsSchema = z.strictObject({
  title: TaskTitleSchema,
  listId: ListIdSchema.optional().describe("The list to put the task in; the Inbox when left out"),
  parentId: TaskIdSchema.nullable()
    .optional()
    .describe("Makes it a subtask of this top-level task (in the parent's list); null makes it top-level"),
  description: TaskDescriptionSchema.optional(),
  completed: z.boolean().optional(),
  priority: TaskPrioritySchema.optional(),
  tags: TagsSchema.optional(),
  dueDate: DateOnlySchema.nullable().optional(),
  dueTime: DueTimeSchema.nullable().optional(),
  recurrence: RecurrenceSchema.nullable()
    .optional()
    .describe(
      "How the task repeats, or null; only with a `dueDate`. Setting it (or a new `dueDate`) starts its series there",
    ),
  reminders: RemindersSchema.optional().describe(
    "Up to 5 reminders, each `minutesBefore` the due instant (0–40320); only with a `dueDate`. `[]` removes them",
  ),
});

/** POST body: only `title` is needed; the rest take their defaults (`listId`: the Inbox). */
export const CreateTaskSchema = TaskFieldsSchema.superRefine(needsDueDate(true));
export type CreateTask = z.infer<typeof CreateTaskSchema>;

/** PUT body: replaces every editable field; one left out goes back to its default, but for `listId` and `parentId` (left out: the task stays where it is). */
export const ReplaceTaskSchema = CreateTaskSchema;
export type ReplaceTask = z.infer<typeof ReplaceTaskSchema>;

/**
 * PATCH body: changes only the fields sent, at least one. `dueDate: null` also clears the task's `dueTime`,
 * `recurrence` and `reminders` (they cannot stand without it); a due time or recurrence sent for a task without a due date is 422.
 */
export const UpdateTaskSchema = TaskFieldsSchema.partial()
  .refine((body) => Object.keys(body).length > 0, {
    message: "Send at least one field to change",
    // Only worth saying when nothing else was wrong (`{"userId": …}` is an unknown field, not an empty change).
    when: (payload) => payload.issues.length === 0,
  })
  .superRefine(needsDueDate(false));
export type UpdateTask = z.infer<typeof UpdateTaskSchema>;

/** PATCH …/complete body, optional: without it the task's state is toggled. */
export const CompleteTaskSchema = z.strictObject({
  completed: z.boolean(),
});
export type CompleteTask = z.infer<typeof CompleteTaskSchema>;
