import { asc, eq } from "drizzle-orm";
import type { Database } from "../client";
import {
  type ListRow,
  list,
  type TaskCompletionRow,
  type TaskRow,
  task,
  taskCompletion,
  userSettings,
} from "../schema";
import { taskColumns } from "../tasks/task-columns";

export interface AccountData {
  timeZone: string;
  lists: ListRow[];
  tasks: TaskRow[];
  completions: TaskCompletionRow[];
}

/** Every list, task, completion and the settings of a user, read in one snapshot (a read-only repeatable-read transaction). */
export async function readAccount(db: Database, userId: string): Promise<AccountData> {
  return db.transaction(
    async (tx) => {
      const [settings] = await tx.select().from(userSettings).where(eq(userSettings.userId, userId));
      const lists = await tx
        .select()
        .from(list)
        .where(eq(list.userId, userId))
        .orderBy(asc(list.position), asc(list.id));
      const tasks = await tx
        .select(taskColumns)
        .from(task)
        .where(eq(task.userId, userId))
        .orderBy(asc(task.listId), asc(task.parentId), asc(task.position), asc(task.id));
      const completions = await tx
        .select()
        .from(taskCompletion)
        .where(eq(taskCompletion.userId, userId))
        .orderBy(asc(taskCompletion.id));
      // The Inbox first, as the sidebar shows them.
      const inboxFirst = [...lists.filter((l) => l.isInbox), ...lists.filter((l) => !l.isInbox)];
      return { timeZone: settings?.timeZone ?? "UTC", lists: inboxFirst, tasks, completions };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}
