import { type CreateTask, CreateTaskSchema, type FieldError, type QuickAddTask } from "@todo/contracts";
import { wallClockNow } from "@todo/dates";
import { type Database, getSettings, listLists } from "@todo/db";
import { parseQuickAdd } from "@todo/quick-add";
import { HttpError } from "../http/errors";

/**
 * The task a line of quick-add text describes, read as the add box reads it: with the user's lists (for `^List`)
 * and their wall clock (for "tomorrow 5pm", "every monday"). What the text leaves invalid (a title past its
 * limit once the recognised parts are taken out, an eleventh tag) is 422 at `text`: nothing is created.
 */
export async function quickAddTask(db: Database, userId: string, input: QuickAddTask): Promise<CreateTask> {
  const [settings, lists] = await Promise.all([getSettings(db, userId), listLists(db, userId)]);
  const { date, time } = wallClockNow(settings.timeZone);
  const parsed = parseQuickAdd(input.text, { today: date, now: time, lists });
  const listId = parsed.listId ?? input.listId;
  const result = CreateTaskSchema.safeParse({
    title: parsed.title,
    priority: parsed.priority,
    tags: parsed.tags,
    dueDate: parsed.dueDate,
    dueTime: parsed.dueTime,
    recurrence: parsed.recurrence,
    ...(listId !== undefined && { listId }),
  });
  if (result.success) return result.data;
  const errors: FieldError[] = result.error.issues.map((issue) => ({
    path: "text",
    message: `${issue.message} (the task's ${issue.path.join(".")}, as read from the text)`,
  }));
  throw new HttpError(422, "Some fields are invalid", { errors });
}
