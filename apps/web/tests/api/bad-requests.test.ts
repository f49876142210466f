import type { Task } from "@todo/contracts";
import { describe, expect, inject, it } from "vitest";
import { apiUser, createTasks, must } from "../support/api-user";
import { expectProblem } from "../support/problems";

const baseUrl = inject("appUrl");
const json = { "Content-Type": "application/json" };
const badQuery = "Invalid query parameters";
const cursorMessage = "The cursor is invalid or belongs to another sort order";
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("400 for a body that is not JSON", () => {
  it.each([
    ["POST", ""],
    ["PUT", "/1"],
    ["PATCH", "/1"],
    ["PATCH", "/1/complete"],
  ])("%s %s answers 400 to malformed JSON, and nothing is written", async (method, suffix) => {
    const user = await apiUser(baseUrl);
    const [task] = (await createTasks(user, [{ title: "Untouched" }])) as [Task];
    const path = suffix.replace("/1", `/${task.id}`);
    const response = await user.raw(path, { method, headers: json, body: '{"title": "half' });
    await expectProblem(response, 400, "The body is not valid JSON");
    expect(must(await user.client.listTasks(user.userId)).tasks).toEqual([task]);
  });
});

describe("400 for a bad list query, naming the parameter", () => {
  it.each([
    ["status=bogus", "status", 'Invalid option: expected one of "all"|"pending"|"completed"'],
    ["priority=urgent", "priority", 'Invalid option: expected one of "none"|"low"|"medium"|"high"'],
    ["sort=random", "sort", 'Invalid option: expected one of "created"|"updated"|"due"|"priority"|"title"|"manual"'],
    ["order=up", "order", 'Invalid option: expected one of "asc"|"desc"'],
    ["limit=0", "limit", "limit must be at least 1"],
    ["limit=101", "limit", "limit must be at most 100"],
    ["limit=1.5", "limit", "limit must be a whole number"],
    ["limit=ten", "limit", "limit must be a whole number"],
    ["limit=Infinity", "limit", "limit must be a whole number"],
    ["limit=0x10", "limit", "limit must be a whole number"],
    ["limit=1e1", "limit", "limit must be a whole number"],
    ["limit=%2B5", "limit", "limit must be a whole number"],
    ["limit=%205", "limit", "limit must be a whole number"],
    ["listId=1.0", "listId", "listId must be a whole number"],
    ["listId=inbox", "listId", "listId must be a whole number"],
    ["listId=99999999999999999999", "listId", "listId must be at most 2147483647"],
    ["dueBefore=2026-02-30", "dueBefore", "Invalid ISO date"],
    ["dueAfter=tomorrow", "dueAfter", "Invalid ISO date"],
    ["dueBefore=0000-01-01", "dueBefore", "A date must be 0001-01-01 or later"],
    ["dueAfter=0000-12-31", "dueAfter", "A date must be 0001-01-01 or later"],
    ["tag=<33 characters>", "tag", "A tag must be at most 32 characters"],
    ["tag=a%20b", "tag", "A tag must not hold whitespace: send each word as a tag of its own"],
    ["tag=%23", "tag", "A tag must not be empty"],
    ["q=<201 characters>", "q", "Search text must be at most 200 characters"],
    ["status=all&status=pending", "status", "Give this parameter once"],
  ])("?%s", async (query, path, message) => {
    const user = await apiUser(baseUrl);
    const sent = query.replace("<33 characters>", "x".repeat(33)).replace("<201 characters>", "x".repeat(201));
    await expectProblem(await user.raw(`?${sent}`), 400, badQuery, [{ path, message }]);
  });

  it("refuses an unknown parameter, so a typo is never silently ignored", async () => {
    const user = await apiUser(baseUrl);
    await expectProblem(await user.raw("?stauts=pending"), 400, badQuery, [
      { path: "stauts", message: "Unknown parameter" },
    ]);
  });

  it("accepts limits at both bounds", async () => {
    const user = await apiUser(baseUrl);
    for (const limit of [1, 100]) expect(must(await user.client.listTasks(user.userId, { limit })).tasks).toEqual([]);
  });
});

describe("400 for a cursor this API did not hand out", () => {
  async function userWithNextCursor() {
    const user = await apiUser(baseUrl);
    await createTasks(user, [{ title: "one" }, { title: "two" }]);
    const page = must(await user.client.listTasks(user.userId, { limit: 1 }));
    return { user, cursor: page.nextCursor as string };
  }

  it.each([
    ["garbage", () => "garbage"],
    ["an empty array", () => base64url([])],
    ["a null key outside sort=due", () => base64url(["created", "desc", null, 1])],
    ["an id of zero", () => base64url(["created", "desc", "2026-01-01 00:00:00+00", 0])],
  ])("refuses %s", async (_name, make) => {
    const { user } = await userWithNextCursor();
    await expectProblem(await user.raw(`?cursor=${make()}`), 400, badQuery, [
      { path: "cursor", message: cursorMessage },
    ]);
  });

  it("refuses a cursor from another sort or order", async () => {
    const { user, cursor } = await userWithNextCursor();
    for (const query of ["sort=title", "order=asc"]) {
      await expectProblem(await user.raw(`?${query}&cursor=${cursor}`), 400, badQuery, [
        { path: "cursor", message: cursorMessage },
      ]);
    }
  });

  it.each([
    ["a key that is not a timestamp", ["created", "desc", "not a time", 1]],
    ["a key that is not a priority", ["priority", "desc", "urgent", 1]],
    ["a key that is not a date", ["due", "asc", "2026-13-45", 1]],
    ["an id beyond the id column's range", ["created", "desc", "2026-01-01 00:00:00+00", 2 ** 40]],
  ])("refuses a forged cursor with %s as 400, not 500", async (_name, forged) => {
    const user = await apiUser(baseUrl);
    const [sort, order] = forged as [string, string];
    const response = await user.raw(`?sort=${sort}&order=${order}&cursor=${base64url(forged)}`);
    await expectProblem(response, 400, badQuery, [{ path: "cursor", message: cursorMessage }]);
  });
});
