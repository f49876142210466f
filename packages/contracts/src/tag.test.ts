import { describe, expect, it } from "vitest";
import { TagSchema, TagsSchema } from "./tag";
import { tagKey, tagSearchText } from "./tag-text";
import { ListTasksQuerySchema } from "./task-query";

const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => ({ path: i.path.join("."), message: i.message }));

const WHITESPACE_MESSAGE = "A tag must not hold whitespace: send each word as a tag of its own";

describe("TagSchema", () => {
  it.each([
    ["home", "home"],
    ["  home\t", "home"],
    ["#hash", "hash"],
    ["##hash", "hash"],
    [" #hash ", "hash"],
    ["c#", "c#"],
    ["a#b", "a#b"],
    ["Ärger", "Ärger"],
    ["🌱", "🌱"],
  ])("keeps %j as %j", (sent, kept) => {
    expect(TagSchema.parse(sent)).toBe(kept);
  });

  it.each([
    ["a b", WHITESPACE_MESSAGE],
    ["a\tb", WHITESPACE_MESSAGE],
    ["a\u00a0b", WHITESPACE_MESSAGE],
    ["a\u3000b", WHITESPACE_MESSAGE],
    ["a\ufeffb", WHITESPACE_MESSAGE],
    ["# hash", WHITESPACE_MESSAGE],
    ["", "A tag must not be empty"],
    ["   ", "A tag must not be empty"],
    ["#", "A tag must not be empty"],
    [" ## ", "A tag must not be empty"],
  ])("refuses %j: %s", (sent, message) => {
    expect(issues(TagSchema.safeParse(sent))).toEqual([{ path: "", message }]);
  });

  it("counts the limit after the `#`s are dropped", () => {
    expect(TagSchema.parse(`#${"x".repeat(32)}`)).toBe("x".repeat(32));
  });

  it("drops the `#` of a tag= filter too", () => {
    expect(ListTasksQuerySchema.parse({ tag: "#Travel" })).toEqual({ tag: "Travel" });
    expect(issues(ListTasksQuerySchema.safeParse({ tag: "a b" }))).toEqual([
      { path: "tag", message: WHITESPACE_MESSAGE },
    ]);
  });
});

describe("TagsSchema", () => {
  it("keeps tags equal but for case once, as first spelled, in the order sent", () => {
    expect(TagsSchema.parse(["ok", "work", "OK", "Ok", "#work"])).toEqual(["ok", "work"]);
    expect(TagsSchema.parse(["Ärger", "ärger", "ÄRGER"])).toEqual(["Ärger"]);
  });

  it("names the place of each refused tag", () => {
    expect(issues(TagsSchema.safeParse(["ok", "a b", "#"]))).toEqual([
      { path: "1", message: WHITESPACE_MESSAGE },
      { path: "2", message: "A tag must not be empty" },
    ]);
  });

  it("counts tags as sent against the limit, before duplicates are dropped", () => {
    expect(issues(TagsSchema.safeParse(Array.from({ length: 11 }, () => "same")))).toEqual([
      { path: "", message: "At most 10 tags" },
    ]);
  });
});

describe("tagKey", () => {
  // PostgreSQL's lower() under C.UTF-8 gives the right-hand keys (packages/db's tag-key test compares
  // every code point); toLowerCase() on a whole word differs on the last two.
  it.each([
    ["Ärger", "ärger"],
    ["ärger", "ärger"],
    ["OK", "ok"],
    ["ΣΑΣ", "σασ"],
    ["σας", "σας"],
    ["İstanbul", "istanbul"],
    ["ẞ", "ß"],
    ["𐐀", "𐐨"],
  ])("%j → %j", (tag, key) => {
    expect(tagKey(tag)).toBe(key);
  });

  it("tells ΣΑΣ and σας apart, as PostgreSQL does (its lower() knows no final sigma)", () => {
    expect(TagsSchema.parse(["ΣΑΣ", "σας", "σασ"])).toEqual(["ΣΑΣ", "σας"]);
  });
});

describe("tagSearchText", () => {
  it.each([
    ["travel", "travel"],
    ["#travel", "travel"],
    ["##Travel", "Travel"],
    ["c#", "c#"],
    ["#", null],
    ["buy milk", null],
    ["#a b", null],
  ])("%j → %j", (q, text) => {
    expect(tagSearchText(q)).toBe(text);
  });
});
