import type { Task } from "@todo/contracts";
import { describe, expect, inject, it } from "vitest";
import { type ApiUser, apiUser, createTasks, must } from "../support/api-user";
import { expectProblemResult } from "../support/problems";

const baseUrl = inject("appUrl");
const x = (n: number) => "x".repeat(n);
// One character (code point) that JavaScript's .length counts as two: the limits count characters.
const emoji = (n: number) => "🌱".repeat(n);
const tags = (count: number, length = 3) => Array.from({ length: count }, (_, i) => `${i}`.padEnd(length, "t"));

type Fields = Record<string, unknown>;
const writes = [
  ["POST", (u: ApiUser, _id: number, f: Fields) => u.client.createTask(u.userId, { title: "t", ...f } as never)],
  ["PUT", (u: ApiUser, id: number, f: Fields) => u.client.replaceTask(u.userId, id, { title: "t", ...f } as never)],
  ["PATCH", (u: ApiUser, id: number, f: Fields) => u.client.updateTask(u.userId, id, f as never)],
] as const;

const withinBounds: [string, Fields, Fields][] = [
  ["a 200-character title", { title: x(200) }, { title: x(200) }],
  ["a title of 200 characters inside spaces, trimmed", { title: `  ${x(200)}\t` }, { title: x(200) }],
  ["a 1-character title", { title: "a" }, { title: "a" }],
  ["a title of 200 emoji", { title: emoji(200) }, { title: emoji(200) }],
  ["a description of 2000 emoji", { description: emoji(2000) }, { description: emoji(2000) }],
  ["a tag of 32 emoji", { tags: [emoji(32)] }, { tags: [emoji(32)] }],
  ["a 2000-character description", { description: x(2000) }, { description: x(2000) }],
  ["an empty description", { description: "" }, { description: "" }],
  ["10 tags", { tags: tags(10) }, { tags: tags(10) }],
  ["no tags", { tags: [] }, { tags: [] }],
  ["a 32-character tag", { tags: [x(32)] }, { tags: [x(32)] }],
  ["the first due date there is", { dueDate: "0001-01-01" }, { dueDate: "0001-01-01" }],
  ["the last due date there is", { dueDate: "9999-12-31" }, { dueDate: "9999-12-31" }],
  ["a tag inside spaces, trimmed", { tags: [" home "] }, { tags: ["home"] }],
  ["a 32-character tag after its #, which is dropped", { tags: [`#${x(32)}`] }, { tags: [x(32)] }],
];

const pastBounds: [string, Fields, string, string][] = [
  ["a 201-character title", { title: x(201) }, "title", "Title must be at most 200 characters"],
  ["a title of 201 emoji", { title: emoji(201) }, "title", "Title must be at most 200 characters"],
  ["an empty title", { title: "" }, "title", "Title must not be empty"],
  ["a whitespace-only title", { title: " \t\n " }, "title", "Title must not be empty"],
  [
    "a 2001-character description",
    { description: x(2001) },
    "description",
    "Description must be at most 2000 characters",
  ],
  ["11 tags", { tags: tags(11) }, "tags", "At most 10 tags"],
  ["a 33-character tag", { tags: ["ok", x(33)] }, "tags.1", "A tag must be at most 32 characters"],
  ["a tag of 33 emoji", { tags: [emoji(33)] }, "tags.0", "A tag must be at most 32 characters"],
  ["an empty tag", { tags: [""] }, "tags.0", "A tag must not be empty"],
  ["a whitespace-only tag", { tags: ["  "] }, "tags.0", "A tag must not be empty"],
  ["a tag of only #", { tags: ["#"] }, "tags.0", "A tag must not be empty"],
  [
    "a tag holding a space",
    { tags: ["ok", "two words"] },
    "tags.1",
    "A tag must not hold whitespace: send each word as a tag of its own",
  ],
];

// One user per method and direction: each case is checked in turn, named in its assertion message.
describe.each(writes)("field limits on %s", (_method, write) => {
  it("accepts every field at its bound and stores it as sent (trimmed)", async () => {
    const user = await apiUser(baseUrl);
    const [task] = (await createTasks(user, [{ title: "Before" }])) as [Task];
    for (const [name, fields, expected] of withinBounds) {
      const saved = must(await write(user, task.id, fields));
      expect(saved, name).toMatchObject(expected);
      expect(must(await user.client.getTask(user.userId, saved.id)), name).toEqual(saved);
    }
  });

  it("refuses every field past its bound with 422 naming the field, and stores nothing", async () => {
    const user = await apiUser(baseUrl);
    const [task] = (await createTasks(user, [{ title: "Before" }])) as [Task];
    for (const [name, fields, path, message] of pastBounds) {
      const result = await write(user, task.id, fields);
      expect(result, name).toEqual({ ok: false, problem: expect.objectContaining({ errors: [{ path, message }] }) });
      expectProblemResult(user, result, 422, "Some fields are invalid", [{ path, message }]);
    }
    expect(must(await user.client.listTasks(user.userId, {}, { count: true }))).toEqual({
      tasks: [task],
      total: 1,
      nextCursor: null,
    });
  });
});
