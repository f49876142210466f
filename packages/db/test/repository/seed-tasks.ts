import type { CreateTask } from "@todo/contracts";
import { asc, eq } from "drizzle-orm";
import type { Database } from "../../src/client";
import { task } from "../../src/schema";
import { createTask, type TaskWithSubtasks, updateTask } from "../../src/tasks";
import { taskWithSubtasks } from "../../src/tasks/task-columns";

/** A task with every field away from its default. */
export const everyField = {
  title: "File taxes",
  description: "Before the deadline",
  completed: true,
  priority: "high",
  tags: ["home", "money"],
  dueDate: "2026-04-15",
} satisfies CreateTask;

/** The columns of a task with no time, no recurrence and no reminders, as a row holds them. */
export const undatedFields = {
  dueTime: null,
  recurrenceRule: null,
  recurrenceFrom: null,
  seriesOccurrence: 1,
  reminders: [] as number[],
};

const together: CreateTask[] = [
  { title: "banana", priority: "high", dueDate: "2026-02-01" },
  { title: "Apple", priority: "none", dueDate: null },
  { title: "apple", priority: "high", dueDate: "2026-01-15" },
];
const apart: CreateTask[] = [
  { title: "cherry", priority: "low", dueDate: "2026-02-01" },
  { title: "Banana", priority: "none" },
  { title: "date", priority: "medium", dueDate: "2026-01-01" },
  { title: "Elder", priority: "low", dueDate: "2026-01-15" },
  { title: "fig", priority: "none", dueDate: "2026-03-01" },
];

/**
 * Eight tasks, in id order banana, Apple, apple, cherry, Banana, date, Elder, fig, with ties in
 * every sort key: three share a createdAt (one transaction), titles repeat but for case, due dates
 * repeat and two are unset, priorities repeat. Apple and date are edited last.
 */
export async function seedSortableTasks(db: Database, userId: string): Promise<TaskWithSubtasks[]> {
  await db.transaction(async (tx) => {
    for (const input of together) await createTask(tx, userId, input);
  });
  for (const input of apart) await createTask(db, userId, input);
  const [, apple, , , , date] = await db.select().from(task).where(eq(task.userId, userId)).orderBy(asc(task.id));
  if (!apple || !date) throw new Error("seeding lost a task");
  await updateTask(db, { userId, id: apple.id }, { description: "edited" });
  await updateTask(db, { userId, id: date.id }, { description: "edited" });
  return db.select(taskWithSubtasks).from(task).where(eq(task.userId, userId)).orderBy(asc(task.id));
}

export async function seedTasks(db: Database, userId: string, inputs: CreateTask[]): Promise<TaskWithSubtasks[]> {
  const rows: TaskWithSubtasks[] = [];
  for (const input of inputs) rows.push(await createTask(db, userId, input));
  return rows;
}
