import { describe, expect, it } from "vitest";
import { CompleteTaskSchema, CreateTaskSchema, UpdateTaskSchema } from "./task-input";

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => ({ path: i.path.join("."), message: i.message }));

describe("CreateTaskSchema", () => {
  it("needs only a title, trimmed", () => {
    expect(CreateTaskSchema.parse({ title: "  Buy milk  " })).toEqual({ title: "Buy milk" });
  });

  it("takes every editable field", () => {
    const input = {
      title: "Ship it",
      description: "before Friday",
      completed: true,
      priority: "high",
      tags: ["work", "urgent"],
      dueDate: "2026-12-31",
    };
    expect(CreateTaskSchema.parse(input)).toEqual(input);
  });

  it.each([
    ["an empty title", { title: "" }, "title", "Title must not be empty"],
    ["a blank title", { title: "   " }, "title", "Title must not be empty"],
    ["a 201-character title", { title: "x".repeat(201) }, "title", "Title must be at most 200 characters"],
    [
      "a 2001-character description",
      { title: "t", description: "x".repeat(2001) },
      "description",
      "Description must be at most 2000 characters",
    ],
    ["11 tags", { title: "t", tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }, "tags", "At most 10 tags"],
    ["a 33-character tag", { title: "t", tags: ["x".repeat(33)] }, "tags.0", "A tag must be at most 32 characters"],
    ["an empty tag", { title: "t", tags: [" "] }, "tags.0", "A tag must not be empty"],
    ["an unknown priority", { title: "t", priority: "urgent" }, "priority", expect.stringContaining("Invalid option")],
    ["a date that does not exist", { title: "t", dueDate: "2026-02-30" }, "dueDate", expect.any(String)],
    ["a date with a time", { title: "t", dueDate: "2026-02-01T10:00:00Z" }, "dueDate", expect.any(String)],
  ])("refuses %s", (_name, input, path, message) => {
    expect(issues(CreateTaskSchema.safeParse(input))).toEqual([{ path, message }]);
  });

  it("accepts every field at its limit", () => {
    const input = {
      title: "x".repeat(200),
      description: "x".repeat(2000),
      tags: Array.from({ length: 10 }, (_, i) => `${i}`.padEnd(32, "x")),
    };
    expect(CreateTaskSchema.parse(input)).toEqual(input);
  });

  it("counts characters as people do: an emoji is one, though JavaScript's .length says two", () => {
    const emoji = (n: number) => "🌱".repeat(n);
    const atLimit = { title: emoji(200), description: emoji(2000), tags: [emoji(32)] };
    expect(CreateTaskSchema.parse(atLimit)).toEqual(atLimit);
    expect(issues(CreateTaskSchema.safeParse({ title: emoji(201), tags: [emoji(33)] }))).toEqual([
      { path: "title", message: "Title must be at most 200 characters" },
      { path: "tags.0", message: "A tag must be at most 32 characters" },
    ]);
  });

  it("refuses unknown fields", () => {
    expect(issues(CreateTaskSchema.safeParse({ title: "t", owner: "someone" }))).toEqual([
      { path: "", message: 'Unrecognized key: "owner"' },
    ]);
  });

  it("drops duplicate tags, ignoring case and leading `#`s, keeping the first spelling", () => {
    expect(CreateTaskSchema.parse({ title: "t", tags: ["a", "b", "a", "#B", "A"] }).tags).toEqual(["a", "b"]);
  });
});

describe("UpdateTaskSchema", () => {
  it("takes any one field", () => {
    expect(UpdateTaskSchema.parse({ completed: true })).toEqual({ completed: true });
  });

  it("refuses an empty change", () => {
    expect(issues(UpdateTaskSchema.safeParse({}))).toEqual([
      { path: "", message: "Send at least one field to change" },
    ]);
  });
});

describe("CompleteTaskSchema", () => {
  it("needs a boolean", () => {
    expect(CompleteTaskSchema.safeParse({ completed: "yes" }).success).toBe(false);
    expect(CompleteTaskSchema.parse({ completed: false })).toEqual({ completed: false });
  });
});
