/**
 * A text's length in code points, as JSON Schema (`maxLength`) and PostgreSQL count it: an emoji
 * is one character. JavaScript's `.length`, and Zod's `.max()` with it, counts UTF-16 units, where
 * it is two, so a limit of 200 characters would take only 100 emoji: the contract's text limits
 * use `fits` in its place. (A composed emoji such as a family is still several code points.)
 */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** A `.refine` check for "at most `max` characters"; pair it with `.meta({ maxLength: max })` for OpenAPI. */
export const fits = (max: number) => (text: string) => characterCount(text) <= max;

// U+0000, which PostgreSQL's text cannot hold, and lone surrogates (under the `u` flag `\p{Cs}`
// matches only unpaired ones), which are no characters at all and cannot be written as UTF-8.
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what this looks for
const UNSTORABLE = /[\u0000\p{Cs}]/u;

/** A `.refine` check that a text is valid Unicode without U+0000: stored exactly as sent, or refused. */
export const storable = (text: string) => !UNSTORABLE.test(text);

/** The words for a text `storable` refuses, after the field's name. */
export const UNSTORABLE_TEXT = "must be valid Unicode text, without U+0000 (NUL) or unpaired surrogates";

// Unicode's White_Space, of which `trim()` leaves one out (U+0085 NEXT LINE), and its default-ignorable code points
// (zero-width spaces and joiners, U+3164 HANGUL FILLER, variation selectors): a text of these alone shows nothing.
const SHOWS_NOTHING = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}]*$/u;

/** A `.refine` check that a text shows something: not only spaces and characters that draw nothing. */
export const showsSomething = (text: string) => !SHOWS_NOTHING.test(text);
