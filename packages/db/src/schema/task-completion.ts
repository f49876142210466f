import { sql } from "drizzle-orm";
import { date, index, integer, pgTable, time, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { task } from "./task";

/** Each completion of a recurring task's occurrence, with what undoing it puts back. */
export const taskCompletion = pgTable(
  "task_completion",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    taskId: integer()
      .notNull()
      .references(() => task.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    // The occurrence completed: the task's due date, time and place in its series before the completion moved them.
    dueDate: date({ mode: "string" }).notNull(),
    dueTime: time({ precision: 0 }),
    seriesOccurrence: integer().notNull(),
    // The subtasks that were completed, which the completion reset and an undo completes again.
    completedSubtaskIds: integer().array().notNull().default(sql`'{}'::integer[]`),
    completedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  // A task's completions newest first (the list and its latest, which undo needs), and the foreign key's cascade.
  (t) => [index("task_completion_task_idx").on(t.taskId, t.id)],
);

export type TaskCompletionRow = typeof taskCompletion.$inferSelect;
