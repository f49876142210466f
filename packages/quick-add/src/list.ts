import { tagKey } from "@todo/contracts";
import type { Scan } from "./scan";
import type { QuickAddContext, QuickAddPart } from "./types";

// What may follow a list's name: the end, whitespace, or punctuation that ends a phrase.
const NAME_END = /^(?:$|[\s.,;:!?)])/u;

/**
 * `^Name`: the longest of the user's lists whose name follows the `^`, ignoring case as the database's
 * `lower()` does (`tagKey`), so names of several words work. Of several, the last one counts; a `^` before
 * no list's name stays in the title.
 */
export function recogniseList(
  scan: Scan,
  lists: QuickAddContext["lists"] = [],
): { listId: number | null; part: QuickAddPart | null } {
  const { text } = scan;
  const byLength = lists
    .filter(({ name }) => name.length > 0)
    .map(({ id, name }) => ({ id, name, key: tagKey(name) }))
    .sort((a, b) => b.name.length - a.name.length);
  let found: { listId: number; part: QuickAddPart } | null = null;
  for (let caret = text.indexOf("^"); caret !== -1; caret = text.indexOf("^", caret + 1)) {
    if (caret > 0 && !/\s/u.test(text[caret - 1] as string)) continue;
    const rest = text.slice(caret + 1);
    const list = byLength.find(
      ({ name, key }) =>
        tagKey(rest.slice(0, name.length)) === key &&
        NAME_END.test(rest.slice(name.length)) &&
        scan.isFree({ start: caret, end: caret + 1 + name.length }),
    );
    if (!list) continue;
    const end = caret + 1 + list.name.length;
    found = {
      listId: list.id,
      part: { kind: "list", start: caret, end, text: text.slice(caret, end), label: list.name },
    };
  }
  if (found) scan.take(found.part);
  return found ?? { listId: null, part: null };
}
