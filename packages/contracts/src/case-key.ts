// Texts compared ignoring case the way the database compares them, without Zod: tags (tag-text.ts) and list
// names (unique by the same key) alike.

// ASCII lowers the same whole or a code point at a time, and 50 times faster (the add box keys every list name per keystroke).
// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range, controls included
const ASCII = /^[\u0000-\u007f]*$/;

/**
 * The key a text compares by ignoring case and how its accents were typed, as the database's
 * `lower(normalize(text, NFC))` makes it (textKey in @todo/db) under a UTF-8 `LC_CTYPE`: composed (NFC, so "e" and a
 * combining acute are "é"), then each code point lowered on its own (Unicode's simple mapping, as glibc's
 * `towlower`), so `ΣΑΣ` is `σασ`, not `σας` as `toLowerCase()` on the whole word says, and `İ` is `i`, not `i̇`. Two
 * texts the database would hold to be one name (a list's) or one tag have the same key, and no others.
 */
export const caseKey = (text: string) =>
  ASCII.test(text)
    ? text.toLowerCase()
    : Array.from(text.normalize("NFC"), (char) => (char === "\u0130" ? "i" : char.toLowerCase())).join("");
