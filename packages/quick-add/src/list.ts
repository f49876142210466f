import { caseKey } from "@todo/contracts";
import type { Scan } from "./scan";
import type { QuickAddContext, QuickAddPart } from "./types";

// What may follow a list's name: the end, whitespace, or punctuation that ends a phrase.
const NAME_END = /^(?:$|[\s.,;:!?)])/u;

type List = { id: number; name: string };

// The add box passes the same lists on every keystroke: their keys are made once.
const indexes = new WeakMap<ReadonlyArray<List>, [number, Map<string, List>][]>();

/** The lists by the length of their names, longest first, each length with its names' keys. */
function byLength(lists: ReadonlyArray<List>): [number, Map<string, List>][] {
  const known = indexes.get(lists);
  if (known) return known;
  const groups = new Map<number, Map<string, List>>();
  for (const list of lists) {
    if (list.name.length === 0) continue;
    const group = groups.get(list.name.length) ?? new Map<string, List>();
    if (!group.has(caseKey(list.name))) group.set(caseKey(list.name), list);
    groups.set(list.name.length, group);
  }
  const index = [...groups].sort(([a], [b]) => b - a);
  indexes.set(lists, index);
  return index;
}

/**
 * `^Name`: the longest of the user's lists whose name follows the `^`, compared by the key the database's unique
 * index uses (`caseKey`: case and how accents were typed aside), so names of several words work. Names are found
 * by their length as stored, so a name stored with a combining accent is found only when typed the same way
 * (decision 031). Of several, the last one counts; a `^` before no list's name stays in the title.
 */
export function recogniseList(
  scan: Scan,
  lists: QuickAddContext["lists"] = [],
): { listId: number | null; part: QuickAddPart | null } {
  const { text } = scan;
  const lengths = byLength(lists);
  let found: { listId: number; part: QuickAddPart } | null = null;
  for (let caret = text.indexOf("^"); caret !== -1; caret = text.indexOf("^", caret + 1)) {
    if (caret > 0 && !/\s/u.test(text[caret - 1] as string)) continue;
    const rest = text.slice(caret + 1);
    for (const [length, names] of lengths) {
      const list = names.get(caseKey(rest.slice(0, length)));
      const end = caret + 1 + length;
      if (!list || !NAME_END.test(rest.slice(length)) || !scan.isFree({ start: caret, end })) continue;
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
