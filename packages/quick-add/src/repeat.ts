import type { DateAt } from "./repeat-grammar";
import { readRepeat } from "./repeat-grammar";
import type { RepeatRule } from "./repeat-rule";
import type { Scan } from "./scan";
import { TokenReader, tokenize } from "./token-reader";
import type { Span } from "./types";

/** The repetition in the text ("every mon wed fri", "daily", …); of several, the last one counts. */
export function recogniseRepeat(scan: Scan, dateAt: DateAt): (Span & { rule: RepeatRule }) | null {
  const tokens = tokenize(scan.masked());
  let found: (Span & { rule: RepeatRule }) | null = null;
  for (let at = 0; at < tokens.length; at++) {
    const reader = new TokenReader(tokens, at);
    const rule = readRepeat(reader, dateAt);
    if (!rule) continue;
    found = { rule, start: (tokens[at] as { start: number }).start, end: reader.end };
    at = reader.at - 1;
  }
  if (found) scan.take(found);
  return found;
}
