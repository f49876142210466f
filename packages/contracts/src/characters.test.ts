import { describe, expect, it } from "vitest";
import { characterCount } from "./characters";
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
