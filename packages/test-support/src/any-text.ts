import fc from "fast-check";

// Code points PostgreSQL or UTF-8 treat apart: NUL, lone surrogates (both halves), a BOM, U+FFFF.
const EDGES = ["\u0000", "\ud800", "\udbff", "\udc00", "\udfff", "\ufeff", "\uffff", "\u{10ffff}"];

/**
 * One piece of text from anywhere in UTF-16: printable characters, any code point (controls and
 * astral ones), any single surrogate half, and the edge cases above, often enough to meet them.
 */
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }) },
  { weight: 3, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)) },
  { weight: 1, arbitrary: fc.constantFrom(...EDGES) },
);

/** Strings over the whole of UTF-16, NUL and unpaired surrogates included. */
export const anyText = (constraints: { minLength?: number; maxLength?: number } = {}) =>
  fc.string({ unit: piece, ...constraints });

/** Whether the text is valid Unicode: it survives a round trip through UTF-8 (a lone surrogate does not). */
export const wellFormed = (text: string) => Buffer.from(text, "utf8").toString("utf8") === text;

/** Whether PostgreSQL can store the text exactly: valid Unicode without U+0000. */
export const storable = (text: string) => wellFormed(text) && !text.includes("\0");

/**
 * Percent-encodes a text for a URL as its bytes would be: a lone surrogate as the three bytes
 * WTF-8 gives it (`%ED%A0%80`), which are not UTF-8 (encodeURIComponent throws on it, and
 * URLSearchParams sends U+FFFD in its place, so neither would let the server see it).
 */
export function escapeRaw(text: string): string {
  let out = "";
  for (const char of text) {
    const unit = char.charCodeAt(0);
    if (char.length === 1 && unit >= 0xd800 && unit <= 0xdfff) {
      const bytes = [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)];
      out += bytes.map((byte) => `%${byte.toString(16).toUpperCase()}`).join("");
    } else out += encodeURIComponent(char);
  }
  return out;
}
