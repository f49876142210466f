import type { CreateTask } from "@todo/contracts";
import type { Database } from "../client";
import { runTransaction } from "../client/run-transaction";
import { task } from "../schema";
import { newDatedFields } from "./dated-fields";
import { editableFields } from "./editable-fields";
import { firstInList, lastUnderParent, lockParent } from "./placement";
import { type TaskWithSubtasks, taskWithSubtasks } from "./task-columns";

/**
 * A top-level task goes first in the list given (ListNotFoundError unless the user's) or in the Inbox (made
 * if missing); a subtask (`parentId`) last under its parent, in the parent's list. One transaction: the
 * scope's lock, its first or last key, the insert.
 */
export function createTask(db: Database, userId: string, input: CreateTask): Promise<TaskWithSubtasks> {
  return runTransaction(db, async (tx) => {
    const placement =
      input.parentId == null
        ? await firstInList(tx, userId, input.listId)
        : await lastUnderParent(tx, userId, await lockParent(tx, userId, input.parentId), input.listId);
    const [row] = await tx
      .insert(task)
      .values({
        userId,
        ...placement,
        ...editableFields(input),
        ...newDatedFields(input),
      })
      .returning(taskWithSubtasks);
    if (!row) throw new Error("INSERT … RETURNING gave no row");
    return row;
  });
}
