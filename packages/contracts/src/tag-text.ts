// Tags as text, without Zod: how a tag is written and compared, for the UI's first load and the schemas
// (tag.ts) alike.

export const TAGS_MAX = 10;
export const TAG_MAX = 32;

// Whitespace as `trim()` sees it (JavaScript's `\s`); migration 0005 lists the same code points.
export const TAG_WHITESPACE = /\s/u;
const LEADING_HASHES = /^#+/;
// ASCII lowers the same whole or a code point at a time, and 50 times faster (the add box keys every list name per keystroke).
// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range, controls included
const ASCII = /^[\u0000-\u007f]*$/;

/** A tag as sent, the way it is kept: trimmed, then without its leading `#`s (`##urgent` is `urgent`). */
export const normalizeTag = (text: string) => text.trim().replace(LEADING_HASHES, "");

/**
 * The key tags compare by, as PostgreSQL's `lower()` makes it under a UTF-8 `LC_CTYPE`: each code point
 * lowered on its own (Unicode's simple mapping, as glibc's `towlower`), so `ΣΑΣ` is `σασ`, not `σας` as
 * `toLowerCase()` on the whole word says, and `İ` is `i`, not `i̇`.
 */
export const tagKey = (tag: string) =>
  ASCII.test(tag)
    ? tag.toLowerCase()
    : Array.from(tag, (char) => (char === "\u0130" ? "i" : char.toLowerCase())).join("");

/**
 * The part of a search text a tag could hold: without its leading `#`s (so `#travel` finds the tag
 * `travel`), or null when nothing is left or it holds whitespace, which no tag does.
 */
export function tagSearchText(q: string): string | null {
  const text = q.replace(LEADING_HASHES, "");
  return text === "" || TAG_WHITESPACE.test(text) ? null : text;
}
