import { caseKey } from "@todo/contracts";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseQuickAdd } from "./index";

const clock = { today: "2026-11-04", now: "09:00" };
const parse = (text: string, names: string[]) =>
  parseQuickAdd(text, { ...clock, lists: names.map((name, index) => ({ id: index + 1, name })) });

// "é" composed (U+00E9) and typed as "e" and a combining acute, as macOS file names and some keyboards send it.
const COMPOSED = "Caf\u00e9";
const DECOMPOSED = "Cafe\u0301";

describe("^List, however its accents were typed", () => {
  it.each([
    ["a composed name typed decomposed", COMPOSED, `Lunch ^${DECOMPOSED}`],
    ["a decomposed name typed composed", DECOMPOSED, `Lunch ^${COMPOSED}`],
    ["a decomposed name typed decomposed, in another case", DECOMPOSED, "Lunch ^CAFE\u0301"],
  ])("finds %s", (_, stored, text) => {
    const result = parse(text, ["Inbox", stored]);
    expect(result.listId).toBe(2);
    expect(result.title).toBe("Lunch");
    expect(result.parts).toEqual([{ kind: "list", start: 6, end: text.length, text: text.slice(6), label: stored }]);
  });

  it("does not end a name inside a letter: an accent typed after it belongs to the word", () => {
    expect(parse(`Lunch ^${DECOMPOSED}`, ["Cafe"]).listId).toBeNull();
    expect(parse(`Lunch ^${DECOMPOSED} now`, ["Cafe"]).title).toBe(`Lunch ^${DECOMPOSED} now`);
  });

  it("takes the longest name that fits, however long its key is against what was typed", () => {
    const result = parse(`Tile ^Cafe\u0301 Reno tomorrow`, [COMPOSED, `${COMPOSED} Reno`]);
    expect(result.listId).toBe(2);
    expect(result.parts[0]?.text).toBe("^Cafe\u0301 Reno");
  });

  it("finds any name whose key a typed text shares, in any form it is typed in", () => {
    // Letters that compose with a mark, the marks themselves, and spaces inside: the names people write.
    const letter = fc.constantFrom(
      "a",
      "e",
      "o",
      "u",
      "A",
      "E",
      "I",
      "\u00c5",
      "\u00e9",
      "\u03a3",
      "\u0130",
      "\u1e9e",
      "k",
    );
    const mark = fc.constantFrom("\u0301", "\u0300", "\u0308", "\u030a", "\u0327");
    const word = fc.array(
      fc.oneof(
        letter,
        fc.tuple(letter, mark).map(([a, b]) => a + b),
      ),
      { minLength: 1, maxLength: 6 },
    );
    const name = fc
      .array(
        word.map((parts) => parts.join("")),
        { minLength: 1, maxLength: 3 },
      )
      .map((words) => words.join(" "));
    fc.assert(
      fc.property(name, fc.constantFrom("NFC", "NFD", "NFKC", "none"), fc.boolean(), (stored, form, upper) => {
        let typed = form === "none" ? stored : stored.normalize(form as "NFC" | "NFD");
        if (upper) typed = typed.toUpperCase();
        const result = parse(`Buy ^${typed}`, ["Inbox", stored]);
        // Found exactly when the database would hold the two to be one name.
        const same = caseKey(typed) === caseKey(stored);
        expect(result.listId).toBe(same ? 2 : null);
        if (same) expect(result.title).toBe("Buy");
      }),
      { numRuns: 500 },
    );
  });
});
