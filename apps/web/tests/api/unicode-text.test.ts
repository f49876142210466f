import type { Task } from "@todo/contracts";
import { describe, expect, inject, it } from "vitest";
import { type ApiUser, apiUser, createTasks, must } from "../support/api-user";
import { expectProblem } from "../support/problems";

const baseUrl = inject("appUrl");
const REFUSED = "must be valid Unicode text, without U+0000 (NUL) or unpaired surrogates";

// Texts PostgreSQL cannot store as sent: NUL, and UTF-16 halves that are no character at all.
const unstorable: [string, string][] = [
  ["NUL", "a\u0000b"],
  ["NUL alone", "\u0000"],
  ["a lone high surrogate", "\ud800"],
  ["a lone low surrogate", "x\udfff"],
  ["a reversed pair", "\udc00\ud800"],
];

const fieldsOf = (text: string): [Record<string, unknown>, string, string][] => [
  [{ title: text }, "title", `Title ${REFUSED}`],
  [{ description: text }, "description", `Description ${REFUSED}`],
  [{ tags: ["fine", text] }, "tags.1", `A tag ${REFUSED}`],
];

/** A write of raw JSON (JSON.stringify writes lone surrogates as \u escapes, as a client may). */
function send(user: ApiUser, method: string, path: string, body: Record<string, unknown>) {
  return user.raw(path, { method, headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
}

describe.each(["POST", "PUT", "PATCH"])("text fields on %s", (method) => {
  it("refuses NUL and lone surrogates with 422 naming the field, and changes nothing", async () => {
    const user = await apiUser(baseUrl);
    const [task] = (await createTasks(user, [{ title: "Before", tags: ["kept"] }])) as [Task];
    const path = method === "POST" ? "" : `/${task.id}`;
    for (const [name, text] of unstorable) {
      for (const [fields, field, message] of fieldsOf(text)) {
        const body = method === "PATCH" ? fields : { title: "t", ...fields };
        await expectProblem(await send(user, method, path, body), 422, "Some fields are invalid", [
          { path: field, message },
        ]).catch((error) => {
          throw new Error(`${name} in ${field}: ${error}`);
        });
      }
    }
    expect(must(await user.client.listTasks(user.userId)).tasks).toEqual([task]);
  });

  it("refuses a title or tag that shows nothing (U+0085, zero-width characters) as empty, and changes nothing", async () => {
    const user = await apiUser(baseUrl);
    const [task] = (await createTasks(user, [{ title: "Before", tags: ["kept"] }])) as [Task];
    const path = method === "POST" ? "" : `/${task.id}`;
    for (const text of ["\u0085", " \u200b\u2060 ", "\u3164\ufe0f"]) {
      await expectProblem(await send(user, method, path, { title: text }), 422, "Some fields are invalid", [
        { path: "title", message: "Title must not be empty" },
      ]);
      const tagged = method === "PATCH" ? { tags: [text] } : { title: "t", tags: [text] };
      await expectProblem(await send(user, method, path, tagged), 422, "Some fields are invalid", [
        { path: "tags.0", message: "A tag must not be empty" },
      ]);
    }
    expect(must(await user.client.listTasks(user.userId)).tasks).toEqual([task]);
  });

  it("stores every other code point exactly as sent: controls, astral characters, U+FFFF, a BOM inside", async () => {
    const user = await apiUser(baseUrl);
    const [task] = (await createTasks(user, [{ title: "Before" }])) as [Task];
    const text = "\u0001\u001b[31m\u007f🌱\ufeff\uffff\u{10ffff}e\u0301";
    // A BOM is whitespace to trim(), which no tag may hold.
    const body = { title: text, description: text, tags: [text.replace("\ufeff", "")] };
    const response = await send(user, method, method === "POST" ? "" : `/${task.id}`, body);
    expect(response.status).toBe(method === "POST" ? 201 : 200);
    const saved = (await response.json()) as Task;
    expect(saved).toMatchObject(body);
    expect(must(await user.client.getTask(user.userId, saved.id))).toMatchObject(body);
  });
});

describe("bytes and escapes that are not UTF-8", () => {
  it("refuses a body that is not UTF-8 with 400, rather than storing U+FFFD", async () => {
    const user = await apiUser(baseUrl);
    const bytes = Buffer.concat([Buffer.from('{"title":"caf'), Buffer.from([0xe9]), Buffer.from('"}')]);
    const response = await user.raw("", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: bytes,
    });
    await expectProblem(response, 400, "The body is not valid UTF-8");
    expect(must(await user.client.listTasks(user.userId)).tasks).toEqual([]);
  });

  it.each([
    ["NUL", "q=%00", "q", `Search text ${REFUSED}`],
    ["NUL in a tag", "tag=a%00", "tag", `A tag ${REFUSED}`],
  ])("refuses a search for %s with 400 naming the parameter", async (_, query, path, message) => {
    const user = await apiUser(baseUrl);
    await expectProblem(await user.raw(`?${query}`), 400, "Invalid query parameters", [{ path, message }]);
  });

  it.each([
    ["a byte that starts no UTF-8 sequence", "q=%FF", "q"],
    ["an encoded surrogate", "q=%ED%A0%80", "q"],
    ["a cut sequence", "q=caf%C3", "q"],
    ["a name that is not UTF-8", "%FF=1", ""],
  ])("refuses %s in the query with 400", async (_, query, path) => {
    const user = await apiUser(baseUrl);
    await expectProblem(await user.raw(`?${query}`), 400, "Invalid query parameters", [
      {
        path,
        message: "Percent-escapes must encode UTF-8 text (U+FFFD, which stands in for bytes that were not, is refused)",
      },
    ]);
  });

  it("searches for a % that starts no escape as it is", async () => {
    const user = await apiUser(baseUrl);
    const [task] = await createTasks(user, [{ title: "Save 100% of it" }, { title: "Other" }]);
    expect(await (await user.raw("?q=100%")).json()).toEqual([task]);
  });
});

describe("texts that differ only in how an accent was typed (é as one code point, or e and a combining acute)", () => {
  const [composed, decomposed] = ["Café", "Cafe\u0301"];

  it("are one list name: the second is 409, whichever way each was typed and in any case", async () => {
    const user = await apiUser(baseUrl);
    must(await user.client.createList(user.userId, { name: composed }));
    for (const name of [decomposed, decomposed.toUpperCase(), "CAFÉ"])
      expect([name, await user.client.createList(user.userId, { name })]).toMatchObject([
        name,
        { ok: false, problem: { status: 409, detail: "A list of that name exists" } },
      ]);
    const names = must(await user.client.listLists(user.userId)).map((list) => list.name);
    expect(names).toEqual(["Inbox", composed]);
  });

  it("are one tag on a task, kept as first written; tag= and q find it typed either way, stored as sent", async () => {
    const user = await apiUser(baseUrl);
    const [task] = (await createTasks(user, [
      { title: `${decomposed} au lait`, tags: [decomposed, composed.toLowerCase()] },
      { title: "Tea" },
    ])) as [Task];
    expect(task).toMatchObject({ title: `${decomposed} au lait`, tags: [decomposed] });
    for (const query of [composed, decomposed, "CAFÉ"].flatMap((text) => [
      `tag=${encodeURIComponent(text)}`,
      `q=${encodeURIComponent(text)}`,
    ]))
      expect([query, await (await user.raw(`?${query}`)).json()]).toEqual([query, [task]]);
  });
});
