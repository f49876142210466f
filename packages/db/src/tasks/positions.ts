import { and, eq, isNull, max, min, ne, type SQL, sql } from "drizzle-orm";
import { generateKeyBetween } from "fractional-indexing";
import type { Transaction } from "../client/run-transaction";
import { POSITION_KEY_MAX, spacedAmong, spacedOut } from "../position-keys";
import { task } from "../schema";
import { nextUpdatedAt } from "./precondition";

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
  const key = after ? generateKeyBetween(anchor, other) : generateKeyBetween(other, anchor);
  return key.length <= POSITION_KEY_MAX ? key : respaced(tx, scope, after ? anchor : other, exceptId);
}

/** The user's tasks outside the scope (but `exceptId`): those a page of several scopes orders among the scope's. */
function outsideScope(scope: Scope, exceptId: number): SQL | undefined {
  const elsewhere =
    scope.parentId === null
      ? sql`not (${task.listId} = ${scope.listId} and ${task.parentId} is null)`
      : sql`${task.parentId} is distinct from ${scope.parentId}`;
  return and(eq(task.userId, scope.userId), elsewhere, ne(task.id, exceptId));
}

/**
 * Gives every task of the scope (but `exceptId`) a short key again, evenly spaced and in the same order, leaving
 * a slot right after the key `lower` (null: first), whose key it returns. Run under the scope's lock, rarely: a
 * gap takes some 300 placements to need it. Each task keeps its place among the user's other tasks too (spaced out
 * between the same two of their keys: `spacedAmong`), so that pages across lists and parents (`sort=manual` without
 * `listId`, `parentId=any`) order them as before; from the first key up (`spacedOut`) only where those keys leave no
 * room. The tasks whose key changed get a new version, as any change to what the API answers about them does, and
 * are in the change feed with it. Each keeps the key it had in `position_before_respacing` (its only writer), so
 * that a `sort=manual` cursor read before this, which carries that key, continues from the new one (list-tasks.ts,
 * manualCursorKey).
 */
async function respaced(tx: Transaction, scope: Scope, lower: string | null, exceptId: number): Promise<string> {
  const byKey = [task.position, task.id] as const;
  const rows = await tx
    .select({ id: task.id, position: task.position })
    .from(task)
    .where(inScope(scope, exceptId))
    .orderBy(...byKey);
  const others = await tx
    .select({ id: task.id, position: task.position })
    .from(task)
    .where(outsideScope(scope, exceptId))
    .orderBy(...byKey);
  const { moved, slot } = spacedAmong(rows, lower, others) ?? spacedOut(rows, lower);
  await tx.execute(sql`
    update ${task}
    set position = moved.position, position_before_respacing = moved.before, updated_at = ${nextUpdatedAt}
    from jsonb_to_recordset(${JSON.stringify(moved)}::jsonb) as moved(id integer, position text, before text)
    where ${task.id} = moved.id`);
  return slot;
}
