import type { Transaction } from "../client/run-transaction";
import { FieldRuleError } from "../field-rule-error";
import { hasSubtasks } from "./placed-write";
import { checkSubtaskList, firstInList, lastUnderParent, lockParent, type Placement } from "./placement";

/** The task as it stands, locked for the write. */
export interface Current {
  id: number;
  userId: string;
  listId: number;
  parentId: number | null;
}

/** What a write asks of the task's place: undefined keeps it. */
export interface PlacementChange {
  listId?: number | undefined;
  parentId?: number | null | undefined;
}

/**
 * Where a write of `listId`/`parentId` puts the task, or undefined where it stays: a new parent puts it last
 * under that parent, in its list; a new list (or leaving its parent) first in the list. The one-level rules are
 * checked here (422), after the ids sent are known to be the user's (404).
 */
export async function newPlacement(
  tx: Transaction,
  current: Current,
  change: PlacementChange,
): Promise<Placement | undefined> {
  const { userId, id } = current;
  const parentId = change.parentId === undefined ? current.parentId : change.parentId;
  if (parentId !== null) {
    if (parentId === id) throw new FieldRuleError("parentId", "A task cannot be its own parent");
    if (parentId === current.parentId) {
      if (change.listId !== undefined) await checkSubtaskList(tx, userId, change.listId, current.listId);
      return undefined;
    }
    const parent = await lockParent(tx, userId, parentId);
    if (await hasSubtasks(tx, id)) {
      throw new FieldRuleError("parentId", "A task with subtasks cannot become a subtask");
    }
    return lastUnderParent(tx, userId, parent, change.listId, id);
  }
  const listId = change.listId ?? current.listId;
  if (current.parentId === null && listId === current.listId) return undefined;
  return firstInList(tx, userId, listId, id);
}
