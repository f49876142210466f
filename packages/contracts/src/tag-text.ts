// Tags as text, without Zod: how a tag is written and compared, for the UI's first load and the schemas
// (tag.ts) alike.

import { caseKey } from "./case-key";

export const TAGS_MAX = 10;
export const TAG_MAX = 32;

// Whitespace as `trim()` sees it (JavaScript's `\s`); migration 0005 lists the same code points.
export const TAG_WHITESPACE = /\s/u;
const LEADING_HASHES = /^#+/;

/** A tag as sent, the way it is kept: trimmed, then without its leading `#`s (`##urgent` is `urgent`). */
export const normalizeTag = (text: string) => text.trim().replace(LEADING_HASHES, "");

/** The key tags compare by: ignoring case, as the database does (`caseKey`), so `OK` and `ok` are one tag. */
export const tagKey = caseKey;

/**
 * The part of a search text a tag could hold: without its leading `#`s (so `#travel` finds the tag
 * `travel`), or null when nothing is left or it holds whitespace, which no tag does.
 */
export function tagSearchText(q: string): string | null {
  const text = q.replace(LEADING_HASHES, "");
  return text === "" || TAG_WHITESPACE.test(text) ? null : text;
}
