import type { Span } from "./types";

const EDGE_PUNCTUATION = /^[\s,;:–—-]+|[\s,;:–—-]+$/gu;

export const normalizeWhitespace = (text: string) => text.replace(/\s+/gu, " ").trim();

/**
 * The text without the parts, whitespace collapsed; a piece that starts with punctuation joins the one before
 * ("Call mom tomorrow, then dad" → "Call mom, then dad"), and commas or dashes left at either end go.
 */
export function titleWithout(text: string, parts: ReadonlyArray<Span>): string {
  const pieces: string[] = [];
  let from = 0;
  for (const part of parts) {
    pieces.push(text.slice(from, part.start));
    from = part.end;
  }
  pieces.push(text.slice(from));
  let title = "";
  for (const piece of pieces.map(normalizeWhitespace).filter(Boolean)) {
    title += title && !/^[,.;:!?)\]]/u.test(piece) ? ` ${piece}` : piece;
  }
  return parts.length ? title.replace(EDGE_PUNCTUATION, "") : title;
}
