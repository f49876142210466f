import { decode, encode } from "@jridgewell/sourcemap-codec";
import { type Comment, type Node, parse } from "acorn";

/**
 * V8 keeps the text of every script it compiles (functions compile lazily, from that text) and stores a
 * string in one byte per character only while every character is Latin-1 (U+0000–U+00FF): one "…" in a
 * 180 kB server chunk makes V8 hold all of it at two bytes per character, for as long as the server runs.
 * These functions rewrite a script so that it holds no character past Latin-1 and means the same: each such
 * character becomes its `\uXXXX` escape where the language reads escapes as the character itself (string
 * and regular expression literals, untagged templates, identifiers) and in comments.
 */

/** Characters past Latin-1: what makes V8 store a string at two bytes per character. */
export const PAST_LATIN1 = /[\u0100-\uffff]/;

/** A character's `\uXXXX` escape (a code unit: a pair of surrogates gives two escapes, as JavaScript reads them). */
function escapeUnit(unit: string): string {
  return `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/** A line terminator, which `\` before it turns into a line continuation: left as it is (the file stays two-byte). */
const LINE_SEPARATORS = new Set(["\u2028", "\u2029"]);

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * The escapes that rid a string, template or regular expression literal (or a comment) of characters past
 * Latin-1, one edit per character, at `start` in the script. An escaped character (`\…`, an identity escape)
 * is escaped without its backslash: `\u2026` reads as the character in strings, templates and patterns alike.
 */
function literalEdits(text: string, start: number): Edit[] {
  const edits: Edit[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    const escaped = char === "\\" && i + 1 < text.length;
    const unit = escaped ? (text[i + 1] as string) : char;
    if (unit > "\u00ff" && !LINE_SEPARATORS.has(unit)) {
      edits.push({ start: start + i, end: start + i + (escaped ? 2 : 1), text: escapeUnit(unit) });
    }
    if (escaped) i++;
  }
  return edits;
}

/** The escapes of an identifier's characters past Latin-1; surrogates (a name past U+FFFF) are left. */
function identifierEdits(text: string, start: number): Edit[] {
  const edits: Edit[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text[i] as string;
    if (unit > "\u00ff" && !/[\ud800-\udfff]/.test(unit))
      edits.push({ start: start + i, end: start + i + 1, text: escapeUnit(unit) });
  }
  return edits;
}

/** The escapes of every literal, template quasi, identifier and comment whose text holds a character past Latin-1. */
function findEdits(source: string): Edit[] {
  const edits: Edit[] = [];
  const comments: Comment[] = [];
  const program = parse(source, {
    ecmaVersion: "latest",
    sourceType: "script",
    allowHashBang: true,
    onComment: comments,
  });
  const tagged = new Set<Node>();
  const seen = new Set<number>();
  const add = (node: { start: number; end: number }, editsOf: (text: string, start: number) => Edit[]) => {
    const text = source.slice(node.start, node.end);
    if (!PAST_LATIN1.test(text) || seen.has(node.start)) return;
    seen.add(node.start);
    edits.push(...editsOf(text, node.start));
  };
  const visit = (node: Node) => {
    switch (node.type) {
      case "TaggedTemplateExpression":
        // A tag reads the raw text (`String.raw`): escaping would change what it gets.
        tagged.add((node as unknown as { quasi: Node }).quasi);
        break;
      case "Literal":
      case "Identifier":
      case "PrivateIdentifier":
        add(node, node.type === "Literal" ? literalEdits : identifierEdits);
        break;
      case "TemplateLiteral":
        if (!tagged.has(node))
          for (const quasi of (node as unknown as { quasis: Node[] }).quasis) add(quasi, literalEdits);
        break;
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) for (const item of value) visitIfNode(item);
      else visitIfNode(value);
    }
  };
  const visitIfNode = (value: unknown) => {
    if (value && typeof value === "object" && typeof (value as Node).type === "string") visit(value as Node);
  };
  visit(program);
  for (const comment of comments) add(comment, literalEdits);
  return edits.sort((a, b) => a.start - b.start);
}

export interface Latin1Rewrite {
  /** The script, every character in Latin-1. */
  source: string;
  /** The source map's `mappings` with each generated column moved by what the escapes before it on its line added. */
  mappings?: string;
}

/**
 * The script rewritten to hold only Latin-1 characters, with its source map's mappings moved to match; `null`
 * when it already does, or when something past Latin-1 stands where no escape means the same (a tagged
 * template, a line separator as a line continuation), so that the rewrite would gain nothing.
 */
export function toLatin1Source(source: string, mappings?: string): Latin1Rewrite | null {
  if (!PAST_LATIN1.test(source)) return null;
  const edits = findEdits(source);
  let out = "";
  let at = 0;
  for (const edit of edits) {
    out += source.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  out += source.slice(at);
  if (PAST_LATIN1.test(out)) return null;
  // The rewrite must still be a script: a failure here is this function's bug, and stops the build.
  parse(out, { ecmaVersion: "latest", sourceType: "script", allowHashBang: true });
  return { source: out, ...(mappings === undefined ? {} : { mappings: shiftMappings(source, edits, mappings) }) };
}

/**
 * Source map columns count UTF-16 code units from the start of their line: each escape moves the columns
 * after it on its line by what it adds (an edit is one character, or a backslash and one: never a line break).
 */
function shiftMappings(source: string, edits: Edit[], mappings: string): string {
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === "\n") lineStarts.push(i + 1);
  // Per line, the columns where an edit ends and what it added by then, in order.
  const shifts = new Map<number, { column: number; added: number }[]>();
  let line = 0;
  for (const edit of edits) {
    while (line + 1 < lineStarts.length && (lineStarts[line + 1] as number) <= edit.start) line++;
    const lineShifts = shifts.get(line) ?? [];
    const before = lineShifts.at(-1)?.added ?? 0;
    lineShifts.push({
      column: edit.start - (lineStarts[line] as number),
      added: before + edit.text.length - (edit.end - edit.start),
    });
    shifts.set(line, lineShifts);
  }
  const decoded = decode(mappings);
  for (const [lineIndex, lineShifts] of shifts) {
    for (const segment of decoded[lineIndex] ?? []) {
      const column = segment[0];
      let added = 0;
      for (const shift of lineShifts) {
        if (shift.column >= column) break;
        added = shift.added;
      }
      segment[0] = column + added;
    }
  }
  return encode(decoded);
}
