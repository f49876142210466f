import { generateNKeysBetween } from "fractional-indexing";

/**
 * The longest key a placement stores, a task's or a list's. Each placement into the same gap makes the key there
 * about a sixth of a character longer, without end: past this, the scope's keys are spaced out again
 * (`spacedOut`). Unchecked, a task's key outgrew the 2,048 characters of a cursor after ~10,000 such moves, and
 * would outgrow an index entry next (docs/decisions/016-positions.md).
 */
export const POSITION_KEY_MAX = 64;

export interface Placed {
  id: number;
  position: string;
}

/**
 * Short, evenly spaced keys for `rows` (in their order, by key then id), all after `floor` (null: from the start),
 * leaving a slot right after the key `lower` (null: first): the rows whose key changes, each with the key it had,
 * and the slot's key.
 */
export function spacedOut(
  rows: readonly Placed[],
  lower: string | null,
  floor: string | null = null,
): { moved: (Placed & { before: string })[]; slot: string } {
  // Keys are base-62 ASCII, whose order as JavaScript strings is PostgreSQL's byte order ("C").
  const slot = lower === null ? 0 : rows.filter((row) => row.position <= lower).length;
  const keys = generateNKeysBetween(floor, null, rows.length + 1);
  const moved = rows
    .map((row, index) => ({
      id: row.id,
      position: keys[index < slot ? index : index + 1] as string,
      before: row.position,
    }))
    .filter((row) => row.position !== row.before);
  return { moved, slot: keys[slot] as string };
}
