import { TagSchema, tagKey } from "@todo/contracts";
import { anyText } from "@todo/test-support/any-text";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseQuickAdd, type QuickAddContext, type QuickAddPartKind, type QuickAddResult, type Span } from "./index";

const RUNS = 300;
const LISTS = [
  { id: 1, name: "Inbox" },
  { id: 2, name: "Home" },
  { id: 3, name: "Home Reno" },
  { id: 4, name: "Work" },
];
const normalize = (text: string) => text.replace(/\s+/gu, " ").trim();

const clock = fc.record({
  today: fc
    .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
  now: fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([hour, minute]) => `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`),
});

// Words that mean nothing to the parser (no number, weekday, month, or word that leads a date).
const WORDS = ["Buy", "milk", "call", "plumber", "report", "fix", "garden", "review", "notes", "send", "invoice"];
const SNIPPETS: Record<Exclude<QuickAddPartKind, "tag">, string[]> = {
  date: ["tomorrow", "tomorrow 5pm", "next fri", "in 3 days", "Dec 24", "at 9:30", "tonight", "in 2 hours"],
  repeat: [
    "every day",
    "every mon wed fri",
    "every 2 weeks",
    "every month on the 15th",
    "every last friday",
    "every year",
    "every 3 days after completion",
    "every weekday",
    "every other week",
  ],
  priority: ["!high", "!medium", "!low", "!1"],
  list: ["^Home", "^home reno", "^Work"],
};
const TAGS = ["#home", "#Errands", "#q4-goals", "#🌱", "#c#"];

/** A line of title words with recognisable parts put anywhere among them, and what each part is. */
const composedLine = fc
  .record({
    words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }),
    date: fc.option(fc.constantFrom(...SNIPPETS.date)),
    repeat: fc.option(fc.constantFrom(...SNIPPETS.repeat)),
    priority: fc.option(fc.constantFrom(...SNIPPETS.priority)),
    list: fc.option(fc.constantFrom(...SNIPPETS.list)),
    tags: fc.subarray(TAGS, { maxLength: 3 }),
    seed: fc.integer(),
  })
  .map(({ words, seed, tags, ...kinds }) => {
    const snippets: [QuickAddPartKind, string][] = [
      ...Object.entries(kinds).flatMap(([kind, text]) =>
        text ? [[kind as QuickAddPartKind, text] as [QuickAddPartKind, string]] : [],
      ),
      ...tags.map((tag) => ["tag", tag] as [QuickAddPartKind, string]),
    ];
    const pieces = [...words];
    let random = seed;
    for (const [, text] of snippets) {
      random = (random * 1103515245 + 12345) | 0;
      pieces.splice(Math.abs(random) % (pieces.length + 1), 0, text);
    }
    return { text: pieces.join(" "), title: words.join(" "), snippets };
  });

/** Text from anywhere in UTF-16, with the parser's own words mixed in often enough to reach every path. */
const anyLine = fc
  .array(
    fc.oneof(
      anyText({ maxLength: 8 }),
      fc.constantFrom(...Object.values(SNIPPETS).flat(), ...TAGS, '"', "\u201c", "\u201d", "#", "^", "!", " ", "every"),
    ),
    { maxLength: 30 },
  )
  .map((pieces) => pieces.join(""));

const spans = (length: number) =>
  fc.array(
    fc.record({ start: fc.integer({ min: -3, max: length + 3 }), end: fc.integer({ min: -3, max: length + 3 }) }),
    { maxLength: 3 },
  );

function expectWellFormed(text: string, context: QuickAddContext, result: QuickAddResult): void {
  let end = 0;
  for (const part of result.parts) {
    expect(part.start).toBeGreaterThanOrEqual(end);
    expect(part.end).toBeGreaterThan(part.start);
    expect(part.end).toBeLessThanOrEqual(text.length);
    expect(part.text).toBe(text.slice(part.start, part.end));
    end = part.end;
  }
  expect(result.title).toBe(normalize(result.title));
  if (result.parts.length === 0) expect(result.title).toBe(normalize(text));
  else expect(result.title).not.toBe("");
  if (result.dueDate !== null) expect(result.dueDate >= context.today).toBe(true);
  if (result.dueTime !== null || result.recurrence !== null) expect(result.dueDate).not.toBeNull();
  expect(result.tags.length).toBeLessThanOrEqual(10);
  for (const tag of result.tags) expect(TagSchema.parse(tag)).toBe(tag);
  expect(new Set(result.tags.map(tagKey)).size).toBe(result.tags.length);
  if (result.listId !== null) expect((context.lists ?? []).map((list) => list.id)).toContain(result.listId);
}

describe("parseQuickAdd, for any input", () => {
  it("never throws, and answers parts in order inside the text, a collapsed title, no date before today", () => {
    fc.assert(
      fc.property(
        fc.oneof(anyText({ maxLength: 200 }), anyLine),
        clock,
        fc.array(anyText({ minLength: 1, maxLength: 12 }), { maxLength: 5 }),
        (text, { today, now }, names) => {
          const context = { today, now, lists: [...LISTS, ...names.map((name, index) => ({ id: 100 + index, name }))] };
          expectWellFormed(text, context, parseQuickAdd(text, context));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("takes any `ignore`, even reaching outside the text", () => {
    fc.assert(
      fc.property(
        anyLine.chain((text) => fc.tuple(fc.constant(text), spans(text.length))),
        clock,
        ([text, ignore], { today, now }) => {
          const context = { today, now, lists: LISTS, ignore };
          expectWellFormed(text, context, parseQuickAdd(text, context));
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe("parseQuickAdd, on lines of title words and parts", () => {
  it("recognises every part wherever it stands, and leaves exactly the words as the title", () => {
    fc.assert(
      fc.property(composedLine, clock, ({ text, title, snippets }, { today, now }) => {
        const result = parseQuickAdd(text, { today, now, lists: LISTS });
        expect(result.title).toBe(title);
        const parts = result.parts.map((part) => [part.kind, part.text]);
        expect(parts.sort()).toEqual([...snippets].sort());
        for (const part of result.parts) expect(result.title).not.toContain(part.text);
      }),
      { numRuns: RUNS },
    );
  });

  it("keeps text in double quotes as it is, whatever it holds", () => {
    const noQuotes = (text: string) => !/["\u201c\u201d]/u.test(text);
    fc.assert(
      fc.property(
        composedLine,
        fc.oneof(anyText({ maxLength: 40 }), anyLine).filter(noQuotes),
        fc.boolean(),
        clock,
        ({ text }, quoted, curly, { today, now }) => {
          const quote = curly ? `\u201c${quoted}\u201d` : `"${quoted}"`;
          const line = `${text} ${quote} ${text}`;
          const result = parseQuickAdd(line, { today, now, lists: LISTS });
          expect(result.title).toContain(quote.replace(/\s+/gu, " "));
          const start = text.length + 1;
          for (const part of result.parts) expect(part.end <= start || part.start >= start + quote.length).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("gives back the whole line as the title once every part is ignored (a part ignored may let another show)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          composedLine.map(({ text }) => text),
          anyLine,
        ),
        clock,
        (text, { today, now }) => {
          const ignore: Span[] = [];
          for (let round = 0; round <= text.length; round++) {
            const result = parseQuickAdd(text, { today, now, lists: LISTS, ignore });
            if (result.parts.length === 0) {
              expect(result).toEqual({
                title: normalize(text),
                tags: [],
                priority: "none",
                listId: null,
                dueDate: null,
                dueTime: null,
                recurrence: null,
                parts: [],
              });
              return;
            }
            ignore.push(...result.parts.map(({ start, end }) => ({ start, end })));
          }
          expect.unreachable("every round found a part");
        },
      ),
      { numRuns: RUNS },
    );
  });
});
