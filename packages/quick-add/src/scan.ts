import type { Span } from "./types";

/** Stands in for text no later stage may read: neither a letter, a digit nor whitespace, so it joins nothing. */
export const MASK = "\uE000";

const URL = /\b(?:[a-z][a-z\d+.-]*:\/\/|www\.)\S+/giu;
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/gu;
const QUOTE_PAIRS: Record<string, string> = { '"': '"', "\u201c": "\u201d" };

/**
 * The text being parsed, and which of its UTF-16 units are spoken for: protected (quoted text, links,
 * email addresses, stretches the user took back) or already recognised as a part.
 */
export class Scan {
  readonly text: string;
  private readonly taken: Uint8Array;
  private maskedText: string | null = null;

  constructor(text: string, ignore: ReadonlyArray<Span> = []) {
    this.text = text;
    this.taken = new Uint8Array(text.length);
    for (const span of ignore) this.take(span);
    this.protectQuotes();
    for (const pattern of [URL, EMAIL]) {
      for (const match of text.matchAll(pattern)) this.take({ start: match.index, end: match.index + match[0].length });
    }
  }

  /** Marks a stretch as spoken for; stretches reaching outside the text are cut to it. */
  take({ start, end }: Span): void {
    const from = Math.max(0, Math.trunc(start));
    const to = Math.min(this.text.length, Math.trunc(end));
    if (from < to) this.taken.fill(1, from, to);
    this.maskedText = null;
  }

  isFree({ start, end }: Span): boolean {
    for (let i = start; i < end; i++) if (this.taken[i]) return false;
    return true;
  }

  /** The text with every unit spoken for replaced by MASK: indices stay those of the text. */
  masked(): string {
    if (this.maskedText !== null) return this.maskedText;
    let out = "";
    let from = 0;
    for (let i = 0; i <= this.text.length; i++) {
      if (i < this.text.length && !this.taken[i]) continue;
      out += this.text.slice(from, i);
      if (i < this.text.length) out += MASK;
      from = i + 1;
    }
    this.maskedText = out;
    return out;
  }

  // A pair of double quotes keeps what it holds, quotes included, as it is; a quote without its pair is text.
  private protectQuotes(): void {
    const { text } = this;
    for (let i = 0; i < text.length; i++) {
      const close = QUOTE_PAIRS[text[i] as string];
      if (!close || this.taken[i]) continue;
      const end = text.indexOf(close, i + 1);
      if (end === -1) continue;
      this.take({ start: i, end: end + 1 });
      i = end;
    }
  }
}
