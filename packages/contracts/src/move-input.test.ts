import { describe, expect, it } from "vitest";
import { MoveListSchema, MoveTaskSchema } from "./move-input";
import { ListTasksQuerySchema } from "./task-query";

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join("."), issue.message]) ?? [];

describe("MoveTaskSchema", () => {
  it("takes before, after or listId, and listId with one of before/after", () => {
    for (const body of [
      { before: 1 },
      { after: 2 },
      { listId: 3 },
      { listId: 3, before: 1 },
      { listId: 3, after: 2 },
    ]) {
      expect(MoveTaskSchema.parse(body)).toEqual(body);
    }
  });

  it("refuses both before and after, none of the three, an unknown field and an id that is none", () => {
    expect(issues(MoveTaskSchema.safeParse({ before: 1, after: 2 }))).toEqual([["", "Send before or after, not both"]]);
    expect(issues(MoveTaskSchema.safeParse({}))).toEqual([["", "Send before, after or listId"]]);
    expect(issues(MoveTaskSchema.safeParse({ before: 1, position: "a0" }))).toEqual([
      ["", 'Unrecognized key: "position"'],
    ]);
    expect(issues(MoveTaskSchema.safeParse({ after: 0 }))).toEqual([["after", "A task id is at least 1"]]);
  });
});

describe("MoveListSchema", () => {
  it("takes exactly one of before and after", () => {
    expect(MoveListSchema.parse({ before: 1 })).toEqual({ before: 1 });
    expect(issues(MoveListSchema.safeParse({}))).toEqual([["", "Send before or after"]]);
    expect(issues(MoveListSchema.safeParse({ before: 1, after: 2 }))).toEqual([["", "Send before or after, not both"]]);
    expect(issues(MoveListSchema.safeParse({ listId: 1 }))).toEqual([["", 'Unrecognized key: "listId"']]);
  });
});

describe("?parentId= and sort=manual", () => {
  it("reads none, any or a task id, and refuses anything else", () => {
    expect(ListTasksQuerySchema.parse({ parentId: "none", sort: "manual" })).toEqual({
      parentId: "none",
      sort: "manual",
    });
    expect(ListTasksQuerySchema.parse({ parentId: "any" })).toEqual({ parentId: "any" });
    expect(ListTasksQuerySchema.parse({ parentId: "42" })).toEqual({ parentId: 42 });
    for (const bad of ["0", "-1", "1.5", "x", ""]) {
      expect(issues(ListTasksQuerySchema.safeParse({ parentId: bad })), bad).toEqual([
        ["parentId", "parentId must be none, any or a task id"],
      ]);
    }
    expect(issues(ListTasksQuerySchema.safeParse({ parentId: "2147483648" }))).toEqual([
      ["parentId", "parentId must be at most 2147483647"],
    ]);
  });
});
