import { LISTS_MAX, type List } from "@todo/contracts";
import { describe, expect, inject, it } from "vitest";
import { type ApiUser, apiUser, createTasks, must } from "../support/api-user";
import { expectProblem, expectProblemResult } from "../support/problems";

const baseUrl = inject("appUrl");
const isoDate = expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

/** A raw request to the user's lists URL plus `path`, with the bearer token and a JSON body if given. */
function lists(
  user: ApiUser,
  path = "",
  { method = "GET", body, headers }: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  return fetch(`${baseUrl}/api/${user.userId}/lists${path}`, {
    method,
    headers: { Authorization: `Bearer ${user.token}`, "Content-Type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function inboxOf(user: ApiUser): Promise<List> {
  const [inbox] = must(await user.client.listLists(user.userId));
  if (!inbox?.isInbox) throw new Error("the user has no Inbox first");
  return inbox;
}

describe("lists", () => {
  it("gives every new account its Inbox, and puts a task created without listId in it", async () => {
    const user = await apiUser(baseUrl);
    const result = await user.client.listLists(user.userId);
    expect(result).toEqual({
      ok: true,
      data: [
        {
          id: expect.any(Number),
          userId: user.userId,
          name: "Inbox",
          color: null,
          isInbox: true,
          position: "a0",
          openTasks: 0,
          createdAt: isoDate,
          updatedAt: isoDate,
        },
      ],
    });
    expect(user.lastResponse().status).toBe(200);
    const inbox = await inboxOf(user);
    const [task] = await createTasks(user, [{ title: "Buy milk" }]);
    expect(task?.listId).toBe(inbox.id);
  });

  it("creates a list with 201, Location and every field, last in the order, and reads it back", async () => {
    const user = await apiUser(baseUrl);
    const work = must(await user.client.createList(user.userId, { name: "  Work  ", color: "#1a2B3c" }));
    const response = user.lastResponse();
    expect(work).toEqual({
      id: expect.any(Number),
      userId: user.userId,
      name: "Work",
      color: "#1a2B3c",
      isInbox: false,
      position: "a1",
      openTasks: 0,
      createdAt: isoDate,
      updatedAt: work.createdAt,
    });
    expect([response.status, response.headers.get("location"), response.headers.get("content-type")]).toEqual([
      201,
      `/api/${user.userId}/lists/${work.id}`,
      "application/json",
    ]);
    const home = must(await user.client.createList(user.userId, { name: "Home" }));
    expect(home).toMatchObject({ name: "Home", color: null, position: "a2" });
    expect(must(await user.client.getList(user.userId, work.id))).toEqual(work);
    expect(must(await user.client.listLists(user.userId))).toEqual([await inboxOf(user), work, home]);
  });

  it("counts each list's open tasks", async () => {
    const user = await apiUser(baseUrl);
    const work = must(await user.client.createList(user.userId, { name: "Work" }));
    await createTasks(user, [
      { title: "a", listId: work.id },
      { title: "b", listId: work.id },
      { title: "done", listId: work.id, completed: true },
      { title: "inbox" },
    ]);
    const counts = must(await user.client.listLists(user.userId)).map((list) => [list.name, list.openTasks]);
    expect(counts).toEqual([
      ["Inbox", 1],
      ["Work", 2],
    ]);
    expect(must(await user.client.getList(user.userId, work.id)).openTasks).toBe(2);
  });

  it("updates a list's name and color, and answers the list as saved", async () => {
    const user = await apiUser(baseUrl);
    const work = must(await user.client.createList(user.userId, { name: "Work", color: "#000000" }));
    const updated = must(await user.client.updateList(user.userId, work.id, { name: "Job", color: null }));
    expect(updated).toEqual({ ...work, name: "Job", color: null, updatedAt: isoDate });
    expect(user.lastResponse().status).toBe(200);
    expect(must(await user.client.getList(user.userId, work.id))).toEqual(updated);
  });

  it("refuses to rename the Inbox with 409, but lets it change color", async () => {
    const user = await apiUser(baseUrl);
    const inbox = await inboxOf(user);
    const result = await user.client.updateList(user.userId, inbox.id, { name: "Tray" });
    expectProblemResult(user, result, 409, "The Inbox cannot be renamed");
    const colored = must(await user.client.updateList(user.userId, inbox.id, { color: "#ff0000" }));
    expect(colored).toEqual({ ...inbox, color: "#ff0000", updatedAt: isoDate });
  });

  it("refuses to delete the Inbox with 409, and keeps its tasks", async () => {
    const user = await apiUser(baseUrl);
    const inbox = await inboxOf(user);
    const [task] = await createTasks(user, [{ title: "stays" }]);
    expectProblemResult(user, await user.client.deleteList(user.userId, inbox.id), 409, "The Inbox cannot be deleted");
    expect(must(await user.client.getTask(user.userId, task?.id as number))).toEqual(task);
    expect(must(await user.client.listLists(user.userId))).toEqual([{ ...inbox, openTasks: 1 }]);
  });

  it("answers 412 to an If-Match naming a tag, which no list has, and changes nothing; * holds; 404 comes first", async () => {
    const user = await apiUser(baseUrl);
    const work = must(await user.client.createList(user.userId, { name: "Work" }));
    const home = must(await user.client.createList(user.userId, { name: "Home" }));
    const writes = [
      ["PATCH", `/${work.id}`, { name: "Job" }],
      ["DELETE", `/${work.id}`, undefined],
      ["POST", `/${work.id}/move`, { after: home.id }],
    ] as const;
    for (const ifMatch of ['"1"', `"${Date.parse(work.updatedAt)}"`, 'W/"1"', '"a", "b"'])
      for (const [method, path, body] of writes)
        await expectProblem(
          await lists(user, path, { method, body, headers: { "If-Match": ifMatch } }),
          412,
          "Lists have no ETag: If-Match on a list can only be *",
        );
    expect(must(await user.client.listLists(user.userId)).map((list) => list.name)).toEqual(["Inbox", "Work", "Home"]);
    await expectProblem(
      await lists(user, "/2147483647", { method: "DELETE", headers: { "If-Match": '"1"' } }),
      404,
      "No such list",
    );
    const renamed = await lists(user, `/${work.id}`, {
      method: "PATCH",
      body: { name: "Job" },
      headers: { "If-Match": "*" },
    });
    expect(renamed.status).toBe(200);
  });

  it("refuses a duplicate name, ignoring case, with 409 on create and on rename", async () => {
    const user = await apiUser(baseUrl);
    const work = must(await user.client.createList(user.userId, { name: "Work" }));
    const other = must(await user.client.createList(user.userId, { name: "Other" }));
    const duplicate = "A list of that name exists";
    expectProblemResult(user, await user.client.createList(user.userId, { name: "WORK" }), 409, duplicate);
    expectProblemResult(user, await user.client.createList(user.userId, { name: "inbox" }), 409, duplicate);
    expectProblemResult(user, await user.client.updateList(user.userId, other.id, { name: "work" }), 409, duplicate);
    expect(must(await user.client.listLists(user.userId))).toEqual([await inboxOf(user), work, other]);
  });

  it(`refuses a list past ${LISTS_MAX} (the Inbox counted) with 409`, async () => {
    const user = await apiUser(baseUrl);
    for (let i = 1; i < LISTS_MAX; i++) must(await user.client.createList(user.userId, { name: `List ${i}` }));
    const result = await user.client.createList(user.userId, { name: "One too many" });
    expectProblemResult(user, result, 409, `A user has at most ${LISTS_MAX} lists`);
    expect(must(await user.client.listLists(user.userId))).toHaveLength(LISTS_MAX);
  });

  it("deletes a list with 204 and its tasks with it, leaving the other lists' tasks", async () => {
    const user = await apiUser(baseUrl);
    const errands = must(await user.client.createList(user.userId, { name: "Errands" }));
    const [gone, kept] = await createTasks(user, [{ title: "stamps", listId: errands.id }, { title: "kept" }]);
    const response = await lists(user, `/${errands.id}`, { method: "DELETE" });
    expect([response.status, await response.text()]).toEqual([204, ""]);
    expectProblemResult(user, await user.client.getTask(user.userId, gone?.id as number), 404, "No such task");
    expectProblemResult(user, await user.client.getList(user.userId, errands.id), 404, "No such list");
    expect(must(await user.client.listTasks(user.userId))).toEqual({ tasks: [kept], total: null, nextCursor: null });
  });

  it("lists one list's tasks with ?listId=", async () => {
    const user = await apiUser(baseUrl);
    const work = must(await user.client.createList(user.userId, { name: "Work" }));
    const [a, , b] = await createTasks(user, [
      { title: "a", listId: work.id },
      { title: "inbox" },
      { title: "b", listId: work.id },
    ]);
    const page = must(await user.client.listTasks(user.userId, { listId: work.id }, { count: true }));
    expect(page).toEqual({ tasks: [b, a], total: 2, nextCursor: null });
  });

  it("moves a task into another list with PATCH listId", async () => {
    const user = await apiUser(baseUrl);
    const work = must(await user.client.createList(user.userId, { name: "Work" }));
    const [task] = await createTasks(user, [{ title: "move me" }]);
    const moved = must(await user.client.updateTask(user.userId, task?.id as number, { listId: work.id }));
    expect(moved).toEqual({ ...task, listId: work.id, updatedAt: isoDate });
  });
});

describe("another user's list is 404 wherever its id is given", () => {
  async function twoUsers() {
    const [me, them] = await Promise.all([apiUser(baseUrl), apiUser(baseUrl)]);
    const theirs = must(await them.client.createList(them.userId, { name: "Theirs" }));
    const [mine] = await createTasks(me, [{ title: "mine" }]);
    return { me, them, theirs, mine: mine as NonNullable<typeof mine> };
  }

  it("on GET, PATCH and DELETE of the list, leaving it unchanged", async () => {
    const { me, them, theirs } = await twoUsers();
    expectProblemResult(me, await me.client.getList(me.userId, theirs.id), 404, "No such list");
    expectProblemResult(me, await me.client.updateList(me.userId, theirs.id, { name: "Mine" }), 404, "No such list");
    expectProblemResult(me, await me.client.deleteList(me.userId, theirs.id), 404, "No such list");
    expect(must(await them.client.getList(them.userId, theirs.id))).toEqual(theirs);
  });

  it("on task create, replace and update with its listId, and on ?listId=", async () => {
    const { me, them, theirs, mine } = await twoUsers();
    const { userId } = me;
    expectProblemResult(me, await me.client.createTask(userId, { title: "x", listId: theirs.id }), 404, "No such list");
    expectProblemResult(
      me,
      await me.client.replaceTask(userId, mine.id, { title: "x", listId: theirs.id }),
      404,
      "No such list",
    );
    expectProblemResult(me, await me.client.updateTask(userId, mine.id, { listId: theirs.id }), 404, "No such list");
    expectProblemResult(me, await me.client.listTasks(userId, { listId: theirs.id }), 404, "No such list");
    expect(must(await me.client.listTasks(userId, {}))).toEqual({ tasks: [mine], total: null, nextCursor: null });
    expect(must(await them.client.getList(them.userId, theirs.id))).toEqual(theirs);
  });

  it("on an id no list has, or one that cannot exist", async () => {
    const user = await apiUser(baseUrl);
    await expectProblem(await lists(user, "/2147483647"), 404, "No such list");
    await expectProblem(await lists(user, "/2147483648"), 404, "No such list");
    await expectProblem(await lists(user, "/abc", { method: "PATCH", body: { name: "x" } }), 404, "No such list");
  });
});

describe("list validation", () => {
  it("refuses invalid fields with 422 naming each path", async () => {
    const user = await apiUser(baseUrl);
    await expectProblem(
      await lists(user, "", { method: "POST", body: { name: "   ", color: "red", extra: 1 } }),
      422,
      "Some fields are invalid",
      [
        { path: "name", message: "Name must not be empty" },
        { path: "color", message: "Color must be #rrggbb" },
        { path: "extra", message: "Unknown field" },
      ],
    );
    await expectProblem(
      await lists(user, "", { method: "POST", body: { name: `${"😀".repeat(100)}x` } }),
      422,
      "Some fields are invalid",
      [{ path: "name", message: "Name must be at most 100 characters" }],
    );
    await expectProblem(
      await lists(user, "", { method: "POST", body: { name: "a\u0000b" } }),
      422,
      "Some fields are invalid",
      [{ path: "name", message: "Name must be valid Unicode text, without U+0000 (NUL) or unpaired surrogates" }],
    );
    const inbox = await inboxOf(user);
    await expectProblem(
      await lists(user, `/${inbox.id}`, { method: "PATCH", body: {} }),
      422,
      "Some fields are invalid",
      [{ path: "", message: "Send at least one field to change" }],
    );
  });

  it("accepts a name of 100 characters counted in code points", async () => {
    const user = await apiUser(baseUrl);
    const name = "😀".repeat(100);
    expect(must(await user.client.createList(user.userId, { name }))).toMatchObject({ name });
  });

  it("refuses a task's listId that is no list id with 422, and ?listId= that is none with 400", async () => {
    const user = await apiUser(baseUrl);
    const raw = await user.raw("", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ title: "x", listId: "1" }),
    });
    await expectProblem(raw, 422, "Some fields are invalid", [
      { path: "listId", message: "Invalid input: expected number, received string" },
    ]);
    await expectProblem(await user.raw("?listId=0"), 400, "Invalid query parameters", [
      { path: "listId", message: "listId must be at least 1" },
    ]);
  });
});
