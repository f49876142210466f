/**
 * A text's length as people, JSON Schema (`maxLength`) and PostgreSQL count it: in code points, so
 * an emoji is one character. JavaScript's `.length` counts UTF-16 units, where it is two, and Zod's
 * `.max()` with it: the limits below use `fits` in its place.
 */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** A `.refine` check for "at most `max` characters"; pair it with `.meta({ maxLength: max })` for OpenAPI. */
export const fits = (max: number) => (text: string) => characterCount(text) <= max;
