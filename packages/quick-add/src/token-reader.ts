/** A word (lowercased), or one mark, of the masked text, with where it stands. */
export interface Token {
  word: string;
  start: number;
  end: number;
}

// A word (Todoist's "every!" keeps its `!`), a list separator, or any other mark, which ends a phrase.
const TOKEN = /[\p{L}\p{N}]+!?|[,&/]|\S/gu;

export const tokenize = (text: string): Token[] =>
  Array.from(text.matchAll(TOKEN), (match) => ({
    word: match[0].toLowerCase(),
    start: match.index,
    end: match.index + match[0].length,
  }));

/** Reads tokens one by one; `attempt` rewinds when the reading it wraps finds nothing. */
export class TokenReader {
  constructor(
    readonly tokens: Token[],
    public at: number,
  ) {}

  peek(ahead = 0): string | undefined {
    return this.tokens[this.at + ahead]?.word;
  }

  skip(count = 1): void {
    this.at += count;
  }

  accept(...words: string[]): boolean {
    const word = this.peek();
    if (word === undefined || !words.includes(word)) return false;
    this.at++;
    return true;
  }

  attempt<T>(read: () => T | null | false): T | null {
    const at = this.at;
    const result = read();
    if (result === null || result === false) {
      this.at = at;
      return null;
    }
    return result;
  }

  /** Where the last token read ends. */
  get end(): number {
    return this.tokens[this.at - 1]?.end ?? 0;
  }

  /** Skips every token that starts before `index`. */
  skipTo(index: number): void {
    while (this.at < this.tokens.length && (this.tokens[this.at] as Token).start < index) this.at++;
  }
}
