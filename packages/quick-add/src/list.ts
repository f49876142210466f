import { caseKey } from "@todo/contracts";
import type { Scan } from "./scan";
import type { QuickAddContext, QuickAddPart } from "./types";

// What may follow a list's name: the end, whitespace, or punctuation that ends a phrase.
const NAME_END = /^(?:$|[\s.,;:!?)])/u;
// The most UTF-16 units one unit of a key can stand for when typed: a decomposed accent or two (`ǖ` as u + ̈ + ́),
// a Hangul syllable as its three jamo. Bounds how far past a `^` the typed name is looked for.
const TYPED_PER_KEY_UNIT = 4;

type List = { id: number; name: string };
type ListIndex = { byKey: Map<string, List>; longest: number };

// The add box passes the same lists on every keystroke: their keys are made once.
const indexes = new WeakMap<ReadonlyArray<List>, ListIndex>();

/** The lists by their names' keys (the first of a key kept), and the longest key's length. */
function indexOf(lists: ReadonlyArray<List>): ListIndex {
  const known = indexes.get(lists);
  if (known) return known;
  const byKey = new Map<string, List>();
  for (const list of lists) {
    const key = caseKey(list.name);
    if (key.length > 0 && !byKey.has(key)) byKey.set(key, list);
  }
  const index = { byKey, longest: Math.max(0, ...[...byKey.keys()].map((key) => key.length)) };
  indexes.set(lists, index);
  return index;
}

/** Where a name that starts `rest` could end: before whitespace or a phrase's punctuation, or at the end; longest first. */
function nameEnds(rest: string, within: number): number[] {
  const ends: number[] = [];
  for (let end = Math.min(rest.length, within); end > 0; end--)
    if (NAME_END.test(rest.slice(end, end + 1))) ends.push(end);
  return ends;
}

/**
 * `^Name`: the longest of the user's lists whose name follows the `^`, compared by the key the database's unique
 * index uses (`caseKey`: case and how accents were typed aside, decision 031), so names of several words work and
 * `^Café` finds a list whose `é` was typed as `e` and an accent, and the other way round. Of several, the last one
 * counts; a `^` before no list's name stays in the title.
 */
export function recogniseList(
  scan: Scan,
  lists: QuickAddContext["lists"] = [],
): { listId: number | null; part: QuickAddPart | null } {
  const { text } = scan;
  const { byKey, longest } = indexOf(lists);
  if (byKey.size === 0) return { listId: null, part: null };
  let found: { listId: number; part: QuickAddPart } | null = null;
  for (let caret = text.indexOf("^"); caret !== -1; caret = text.indexOf("^", caret + 1)) {
    if (caret > 0 && !/\s/u.test(text[caret - 1] as string)) continue;
    const rest = text.slice(caret + 1);
    for (const length of nameEnds(rest, longest * TYPED_PER_KEY_UNIT)) {
      const list = byKey.get(caseKey(rest.slice(0, length)));
      const end = caret + 1 + length;
      if (!list || !scan.isFree({ start: caret, end })) continue;
      found = {
        listId: list.id,
        part: { kind: "list", start: caret, end, text: text.slice(caret, end), label: list.name },
      };
      break;
    }
  }
  if (found) scan.take(found.part);
  return found ?? { listId: null, part: null };
}
