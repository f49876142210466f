import { and, eq, isNull, max, min, ne, type SQL, sql } from "drizzle-orm";
import { generateKeyBetween } from "fractional-indexing";
import type { Transaction } from "../client/run-transaction";
import { task } from "../schema";

/**
 * The tasks a position is compared with: a list's top-level tasks, or one parent's subtasks. Every writer of
 * a position holds the scope's lock (its list's row, or its parent's) while it reads its neighbours and
 * writes, so that two writers never pick one key (docs/decisions/016-positions.md).
 */
export type Scope = { userId: string; listId: number; parentId: null } | { userId: string; parentId: number };

function inScope(scope: Scope, exceptId: number | undefined): SQL | undefined {
  const level =
    scope.parentId === null
      ? and(eq(task.listId, scope.listId), isNull(task.parentId))
      : eq(task.parentId, scope.parentId);
  return and(eq(task.userId, scope.userId), level, exceptId === undefined ? undefined : ne(task.id, exceptId));
}

/** A key before every task of the scope (but `exceptId`, the task being placed). */
export async function firstKey(tx: Transaction, scope: Scope, exceptId?: number): Promise<string> {
  const [first] = await tx
    .select({ key: min(task.position) })
    .from(task)
    .where(inScope(scope, exceptId));
  return generateKeyBetween(null, first?.key ?? null);
}

/** A key after every task of the scope (but `exceptId`). */
export async function lastKey(tx: Transaction, scope: Scope, exceptId?: number): Promise<string> {
  const [last] = await tx
    .select({ key: max(task.position) })
    .from(task)
    .where(inScope(scope, exceptId));
  return generateKeyBetween(last?.key ?? null, null);
}

/**
 * A key just before or after `anchor`'s: between it and the nearest different key on that side (but
 * `exceptId`'s). Keys never repeat within a scope, so the task lands right next to the anchor.
 */
export async function keyNextTo(
  tx: Transaction,
  scope: Scope,
  anchor: string,
  side: "before" | "after",
  exceptId: number,
): Promise<string> {
  const after = side === "after";
  const [neighbour] = await tx
    .select({ key: after ? min(task.position) : max(task.position) })
    .from(task)
    .where(
      and(inScope(scope, exceptId), after ? sql`${task.position} > ${anchor}` : sql`${task.position} < ${anchor}`),
    );
  const other = neighbour?.key ?? null;
  return after ? generateKeyBetween(anchor, other) : generateKeyBetween(other, anchor);
}
