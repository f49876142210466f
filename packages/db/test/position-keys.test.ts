import fc from "fast-check";
import { generateKeyBetween } from "fractional-indexing";
import { describe, expect, it } from "vitest";
import { type Placed, POSITION_KEY_MAX, spacedAmong, spacedOut } from "../src/position-keys";

const byKey = (a: Placed, b: Placed) => (a.position < b.position ? -1 : a.position > b.position ? 1 : a.id - b.id);

/**
 * Keys as a scope's placements give them: each a new key between two neighbours of the same scope (or at an end),
 * `gaps` picking where, so that some keys grow long where placements keep landing in one gap.
 */
function keysPlacedAt(gaps: number[]): string[] {
  const keys: string[] = [];
  for (const gap of gaps) {
    const at = gap % (keys.length + 1);
    keys.splice(at, 0, generateKeyBetween(keys[at - 1] ?? null, keys[at] ?? null));
  }
  return keys;
}

/** A scope's keys and the other scopes' (placed on their own, as each list's are), ids shuffled among them all. */
const scopes = fc
  .record({
    scope: fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
    // A run of placements into one gap, for the long keys that set a respacing off.
    crowded: fc.array(fc.constantFrom(1, 2), { maxLength: 300 }),
    others: fc.array(fc.array(fc.nat(), { maxLength: 30 }), { maxLength: 4 }),
    ids: fc.array(fc.nat(), { minLength: 500, maxLength: 500 }),
    lower: fc.nat(),
  })
  .map(({ scope, crowded, others, ids, lower }) => {
    const unique = [...new Set(ids.map((id) => id + 1))];
    let next = 10_000;
    const id = () => unique.pop() ?? next++;
    const rows = keysPlacedAt([...scope, ...crowded]).map((position) => ({ id: id(), position }));
    const outside = others.flatMap((gaps) => keysPlacedAt(gaps).map((position) => ({ id: id(), position })));
    rows.sort(byKey);
    outside.sort(byKey);
    // The slot goes after one of the rows, or first.
    const after = lower % (rows.length + 1);
    return { rows, others: outside, lower: after === 0 ? null : (rows[after - 1] as Placed).position };
  });

/** Every task in the order a page across scopes reads them: the scope's (the slot as id 0) and the others'. */
function readOrder(rows: Placed[], others: readonly Placed[]): number[] {
  return [...rows, ...others].sort(byKey).map((row) => row.id);
}

describe("spacedAmong", () => {
  it("gives the scope short keys in its order, the slot after `lower`, each row where it was among the others' keys", () => {
    let placedAmong = 0;
    fc.assert(
      fc.property(scopes, ({ rows, others, lower }) => {
        const spaced = spacedAmong(rows, lower, others);
        if (spaced === null) return;
        placedAmong += 1;
        const keyOf = new Map(spaced.moved.map((row) => [row.id, row.position]));
        const after = rows.map((row) => ({ id: row.id, position: keyOf.get(row.id) ?? row.position }));
        const slotAt = lower === null ? 0 : rows.filter((row) => row.position <= lower).length;
        const read = readOrder([...after, { id: 0, position: spaced.slot }], others);
        // Everything else in the order it had; the slot after the row `lower` and before the scope's next row.
        expect(read.filter((id) => id !== 0)).toEqual(readOrder(rows, others));
        const slot = read.indexOf(0);
        if (slotAt > 0) expect(read.indexOf(rows[slotAt - 1]?.id as number)).toBeLessThan(slot);
        if (slotAt < rows.length) expect(read.indexOf(rows[slotAt]?.id as number)).toBeGreaterThan(slot);
        const keys = [...after.map((row) => row.position), spaced.slot];
        expect(keys.every((key) => key.length <= POSITION_KEY_MAX)).toBe(true);
        expect(new Set(keys).size).toBe(keys.length);
        for (const row of spaced.moved) expect(row.before).toBe(rows.find((r) => r.id === row.id)?.position);
      }),
      { numRuns: 400 },
    );
    // Keys placed as each scope's are leave room between the others' keys nearly always.
    expect(placedAmong).toBeGreaterThan(380);
  });

  it("with no others, spaces the scope out as spacedOut does, from the first key up", () => {
    const rows = ["a0", "a0V", "a0VV", "a1"].map((position, index) => ({ id: index + 1, position }));
    expect(spacedAmong(rows, "a0V", [])).toEqual(spacedOut(rows, "a0V"));
  });

  it("keeps a row between two of the others with one key where it is, and gives up where no short key fits", () => {
    const rows = [{ id: 5, position: "a0" }];
    const twoOfOneKey = [
      { id: 1, position: "a0" },
      { id: 9, position: "a0" },
    ];
    // The row between them keeps its key, and the slot goes as near it as there is room.
    expect(spacedAmong(rows, "a0", twoOfOneKey)).toEqual({ moved: [], slot: "a1" });
    expect(spacedAmong(rows, null, twoOfOneKey)).toEqual({ moved: [], slot: "Zz" });
    const long = "a0".padEnd(POSITION_KEY_MAX, "V");
    const around = [
      { id: 1, position: long },
      { id: 2, position: `${long}V` },
    ];
    expect(spacedAmong([{ id: 5, position: `${long}G` }], null, around)).toBeNull();
  });
});
