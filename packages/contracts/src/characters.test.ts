import { describe, expect, it } from "vitest";
import { NameSchema } from "./account";
import { characterCount, showsSomething } from "./characters";
import { ListNameSchema } from "./list";
import { QuickAddTaskSchema } from "./quick-add-input";
import { CreateTaskSchema } from "./task-input";
import { ListTasksQuerySchema } from "./task-query";

describe("characterCount", () => {
  it.each([
    ["", 0],
    ["milk", 4],
    ["🌱", 1],
    ["日本語", 3],
    // As PostgreSQL's char_length counts: a letter and its combining accent are two code points.
    ["e\u0301", 2],
  ])("counts %j as %i", (text, count) => {
    expect(characterCount(text)).toBe(count);
  });
});

describe("the search text limit", () => {
  it("takes 200 emoji and refuses 201", () => {
    expect(ListTasksQuerySchema.safeParse({ q: "🌱".repeat(200) }).success).toBe(true);
    expect(ListTasksQuerySchema.safeParse({ q: "🌱".repeat(201) }).error?.issues).toMatchObject([
      { path: ["q"], message: "Search text must be at most 200 characters" },
    ]);
  });
});

describe("texts PostgreSQL could not store as sent", () => {
  const nul = "a\u0000b";
  const loneHigh = "a\ud800b";
  const loneLow = "\udc00";
  const reversedPair = "\udc00\ud800";

  it.each([nul, loneHigh, loneLow, reversedPair])("refuses %j in every text field, naming the field", (text) => {
    const message = "must be valid Unicode text, without U+0000 (NUL) or unpaired surrogates";
    expect(CreateTaskSchema.safeParse({ title: text, description: text, tags: ["ok", text] }).error?.issues).toEqual([
      expect.objectContaining({ path: ["title"], message: `Title ${message}` }),
      expect.objectContaining({ path: ["description"], message: `Description ${message}` }),
      expect.objectContaining({ path: ["tags", 1], message: `A tag ${message}` }),
    ]);
    expect(ListTasksQuerySchema.safeParse({ q: text }).error?.issues).toEqual([
      expect.objectContaining({ path: ["q"], message: `Search text ${message}` }),
    ]);
  });

  it("takes every other code point, astral ones and controls included, as it is", () => {
    const text = "\u0001\u001f\u007f\ud83c\udf31\ufeff\uffff\u{10ffff}";
    // A BOM is whitespace to trim(), which no tag may hold.
    const tag = text.replace("\ufeff", "");
    expect(CreateTaskSchema.parse({ title: text, description: text, tags: [tag] })).toEqual({
      title: text,
      description: text,
      tags: [tag],
    });
  });
});

describe("texts that show nothing", () => {
  // Each alone draws nothing: whitespace `trim()` keeps (U+0085), zero-width and default-ignorable code points.
  const blanks = ["\u0085", "\u200b", "\u2060\ufeff", "\u3164", "\u00ad", "\ufe0f", " \u0085\u200d\t", "\u{e0020}"];

  it.each(blanks)("refuses %j as a title, a list name, a tag, a name and a quick-add line", (text) => {
    expect(CreateTaskSchema.safeParse({ title: text, tags: [text] }).error?.issues).toEqual([
      expect.objectContaining({ path: ["title"], message: "Title must not be empty" }),
      expect.objectContaining({ path: ["tags", 0], message: "A tag must not be empty" }),
    ]);
    expect(ListNameSchema.safeParse(text).error?.issues).toEqual([
      expect.objectContaining({ message: "Name must not be empty" }),
    ]);
    expect(NameSchema.safeParse(text).error?.issues).toEqual([expect.objectContaining({ message: "Enter your name" })]);
    expect(QuickAddTaskSchema.safeParse({ text }).error?.issues).toEqual([
      expect.objectContaining({ path: ["text"], message: "Text must not be empty" }),
    ]);
  });

  it("takes them beside anything that shows, as they are", () => {
    const title = "\u0085milk\u200b";
    expect(CreateTaskSchema.parse({ title, tags: ["a\u200db"] })).toMatchObject({ title, tags: ["a\u200db"] });
    expect(ListNameSchema.parse("\u3164home")).toBe("\u3164home");
  });

  it("agrees with trim() and \\p{White_Space} over every code point: one that trim() removes never shows", () => {
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const text = String.fromCodePoint(code);
      if (text.trim() === "") expect([code, showsSomething(text)]).toEqual([code, false]);
      if (/\p{White_Space}/u.test(text)) expect([code, showsSomething(text)]).toEqual([code, false]);
    }
  });
});
