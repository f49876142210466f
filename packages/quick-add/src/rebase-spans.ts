import type { Span } from "./types";

/**
 * Carries the stretches the user took back (`ignore`) from one version of the text to the next, as the add
 * box's text changes: a stretch before the edit stays, one after it moves with it, one the edit touched goes
 * (its words changed, so they are read afresh).
 */
export function rebaseSpans(before: string, after: string, spans: ReadonlyArray<Span>): Span[] {
  let prefix = 0;
  const shortest = Math.min(before.length, after.length);
  while (prefix < shortest && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shortest - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix])
    suffix++;
  const editEnd = before.length - suffix;
  const shift = after.length - before.length;
  return spans.flatMap((span) => {
    if (span.end <= prefix) return [span];
    if (span.start >= editEnd) return [{ start: span.start + shift, end: span.end + shift }];
    return [];
  });
}
