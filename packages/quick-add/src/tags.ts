import { TAGS_MAX, TagSchema, tagKey } from "@todo/contracts";
import { MASK, type Scan } from "./scan";
import type { QuickAddPart } from "./types";

// `#` after whitespace or at the start ("C#", "x.com/#top" are no tags), up to whitespace or a masked stretch.
const TAG = new RegExp(`(^|\\s)(#[^\\s${MASK}]+)`, "gu");
// Punctuation that ends a sentence after a tag ("Buy milk #shopping.") and is not part of it.
const TRAILING_PUNCTUATION = /[.,;:!?…)\]}]+$/u;
// "Fix bug #12", "#1": numbers (with their punctuation) are references, not tags.
const NUMBER_ONLY = /^[\p{N}\p{P}]+$/u;

/**
 * The `#tag`s, as the contract keeps them (`normalizeTag`, no whitespace, at most TAG_MAX characters);
 * the same tag again ignoring case is a part that adds nothing, and past TAGS_MAX distinct tags the rest
 * stay in the title, as do tags too long to keep.
 */
export function recogniseTags(scan: Scan): { tags: string[]; parts: QuickAddPart[] } {
  const tags: string[] = [];
  const keys = new Set<string>();
  const parts: QuickAddPart[] = [];
  for (const match of scan.masked().matchAll(TAG)) {
    const raw = (match[2] as string).replace(TRAILING_PUNCTUATION, "");
    const parsed = TagSchema.safeParse(raw);
    if (!parsed.success || NUMBER_ONLY.test(parsed.data)) continue;
    const key = tagKey(parsed.data);
    if (!keys.has(key)) {
      if (tags.length === TAGS_MAX) continue;
      keys.add(key);
      tags.push(parsed.data);
    }
    const start = match.index + (match[1] as string).length;
    const tag = tags.find((kept) => tagKey(kept) === key) as string;
    parts.push({ kind: "tag", start, end: start + raw.length, text: raw, label: `#${tag}` });
  }
  for (const part of parts) scan.take(part);
  return { tags, parts };
}
