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
