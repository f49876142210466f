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

/** `a` before `b` in the manual order: by key (as PostgreSQL's "C" collation orders them), then by id. */
function precedes(a: Placed, b: Placed): boolean {
  return a.position < b.position || (a.position === b.position && a.id < b.id);
}

/** How many of `others` (in order) come before `row`. */
function countBefore(others: readonly Placed[], row: Placed): number {
  let low = 0;
  let high = others.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (precedes(others[middle] as Placed, row)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * As `spacedOut`, but every row keeps its place among `others`, the rows a page of several scopes shows with them
 * (in their order, by key then id): the rows between the same two of `others` are spaced out between those two keys,
 * and the slot goes with the row `lower` (or the first row). So a page across scopes reads the same order after as
 * before (docs/decisions/016-positions.md); a row between two of `others` with one key keeps it. Null when that
 * cannot give short keys (two of `others` too close around some rows), or there are no rows to place the slot among.
 */
export function spacedAmong(
  rows: readonly Placed[],
  lower: string | null,
  others: readonly Placed[],
): { moved: (Placed & { before: string })[]; slot: string } | null {
  if (rows.length === 0) return null;
  const slotAt = lower === null ? 0 : rows.filter((row) => row.position <= lower).length;
  // Between others[among - 1] and others[among] there is no key when the two share one.
  const noRoom = (among: number) =>
    others[among - 1]?.position === others[among]?.position && among > 0 && among < others.length;
  // How many of `others` come before each row; the slot goes with the row `lower` (or the first), else as near it
  // as there is room, on the side of the row it goes next to.
  const amongRows = rows.map((row) => countBefore(others, row));
  let slotAmong = amongRows[slotAt === 0 ? 0 : slotAt - 1] as number;
  while (noRoom(slotAmong)) {
    slotAmong += slotAt === 0 ? -1 : 1;
    if (slotAmong < 0 || slotAmong > (amongRows[slotAt] ?? others.length)) return null;
  }
  // The scope's rows with the slot (null) in their order, each with its place among `others`.
  const placed = [
    ...rows.slice(0, slotAt).map((row, index) => ({ row: row as Placed | null, among: amongRows[index] as number })),
    { row: null, among: slotAmong },
    ...rows
      .slice(slotAt)
      .map((row, index) => ({ row: row as Placed | null, among: amongRows[slotAt + index] as number })),
  ];
  const moved: (Placed & { before: string })[] = [];
  let slot: string | null = null;
  for (let start = 0; start < placed.length; ) {
    const among = (placed[start] as (typeof placed)[number]).among;
    let end = start;
    while (end < placed.length && placed[end]?.among === among) end++;
    const low = others[among - 1]?.position ?? null;
    const high = others[among]?.position ?? null;
    if (noRoom(among)) {
      // Between two of one key (each list's first tasks are a0, a1, …): only a row of that key fits, as it is.
      if (end - start > 1) return null;
      start = end;
      continue;
    }
    const keys = generateNKeysBetween(low, high, end - start);
    if (keys.some((key) => key.length > POSITION_KEY_MAX)) return null;
    for (const [offset, position] of keys.entries()) {
      const row = placed[start + offset]?.row;
      if (row === null) slot = position;
      else if (row && position !== row.position) moved.push({ id: row.id, position, before: row.position });
    }
    start = end;
  }
  return slot === null ? null : { moved, slot };
}
