import { describe, expect, it } from "vitest";
import { CreateListSchema, UpdateListSchema } from "./list-input";
import { ListTasksQuerySchema } from "./task-query";

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => ({ path: i.path.join("."), message: i.message }));

describe("CreateListSchema", () => {
  it("takes a trimmed name and a color or null", () => {
    expect(CreateListSchema.parse({ name: "  Work  " })).toEqual({ name: "Work" });
    expect(CreateListSchema.parse({ name: "Work", color: "#A0b1C2" })).toEqual({ name: "Work", color: "#A0b1C2" });
    expect(CreateListSchema.parse({ name: "Work", color: null })).toEqual({ name: "Work", color: null });
  });

  it("counts the name in code points: 100 emoji fit, 101 do not", () => {
    expect(CreateListSchema.parse({ name: "😀".repeat(100) }).name).toBe("😀".repeat(100));
    expect(issues(CreateListSchema.safeParse({ name: "😀".repeat(101) }))).toEqual([
      { path: "name", message: "Name must be at most 100 characters" },
    ]);
  });

  it.each([
    ["a blank name", { name: "   " }, "name", "Name must not be empty"],
    ["a name with NUL", { name: "a\u0000b" }, "name", expect.stringContaining("U+0000")],
    ["a name with a lone surrogate", { name: "a\ud800b" }, "name", expect.stringContaining("unpaired surrogates")],
    ["a color without #", { name: "n", color: "ff0000" }, "color", "Color must be #rrggbb"],
    ["a three-digit color", { name: "n", color: "#f00" }, "color", "Color must be #rrggbb"],
    ["an unknown field", { name: "n", isInbox: true }, "", expect.stringContaining("isInbox")],
  ])("refuses %s", (_name, input, path, message) => {
    expect(issues(CreateListSchema.safeParse(input))).toEqual([{ path, message }]);
  });
});

describe("UpdateListSchema", () => {
  it("takes any one field, and refuses none", () => {
    expect(UpdateListSchema.parse({ color: null })).toEqual({ color: null });
    expect(issues(UpdateListSchema.safeParse({}))).toEqual([
      { path: "", message: "Send at least one field to change" },
    ]);
  });
});

describe("listId in the task query", () => {
  it("takes a positive integer, and refuses one PostgreSQL's integer cannot hold", () => {
    expect(ListTasksQuerySchema.parse({ listId: "12" })).toEqual({ listId: 12 });
    expect(issues(ListTasksQuerySchema.safeParse({ listId: "2147483648" }))).toEqual([
      { path: "listId", message: "listId must be at most 2147483647" },
    ]);
  });
});
