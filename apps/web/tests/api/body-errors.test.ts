import { randomUUID } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { Task } from "@todo/contracts";
import { authHeaders, signIn, signUp } from "@todo/test-support/accounts";
import { describe, expect, inject, it } from "vitest";
import { apiUser, createTasks, must } from "../support/api-user";
import { sendChunked } from "../support/chunked-request";
import { expectProblem } from "../support/problems";

const baseUrl = inject("appUrl");
const LIMIT = 16 * 1024;
const json = { "Content-Type": "application/json" };
const writes = [
  ["POST", ""],
  ["PUT", "/:id"],
  ["PATCH", "/:id"],
  ["PATCH", "/:id/complete"],
] as const;

/** A user with one task, and a raw request to one of the write routes for it. */
async function writer() {
  const user = await apiUser(baseUrl);
  const [task] = (await createTasks(user, [{ title: "Original" }])) as [Task];
  const send = (method: string, suffix: string, init: RequestInit) =>
    user.raw(suffix.replace(":id", String(task.id)), { method, ...init });
  const unchanged = async () => expect(must(await user.client.listTasks(user.userId)).tasks).toEqual([task]);
  return { user, task, send, unchanged };
}

/** Valid JSON of exactly `bytes` bytes. */
const paddedBody = (body: object, bytes: number) => JSON.stringify(body).padEnd(bytes, " ");

describe("413 for a body over 16 KiB", () => {
  it.each(writes)("%s %s refuses a declared length of 16 KiB + 1", async (method, suffix) => {
    const { send, unchanged } = await writer();
    const response = await send(method, suffix, { headers: json, body: paddedBody({ completed: true }, LIMIT + 1) });
    await expectProblem(response, 413, "The body is larger than 16 KiB");
    await unchanged();
  });

  it("refuses a streamed body with no Content-Length once it passes the limit", async () => {
    const { user, unchanged } = await writer();
    // Over a socket: the server answers and closes while the body is still coming, which fetch reports as
    // EPIPE (losing the answer) whenever the closing wins the race with the last write.
    const response = await sendChunked(`${baseUrl}/api/${user.userId}/tasks`, {
      method: "POST",
      headers: { ...json, Authorization: `Bearer ${user.token}` },
      chunks: ['{"title":"streamed"}', ...Array.from({ length: 5 }, () => " ".repeat(4096))],
    });
    await expectProblem(response, 413, "The body is larger than 16 KiB");
    // The rest of the body is never read: the connection closes, and the answer says so.
    expect(response.headers.get("connection")).toBe("close");
    await unchanged();
  });

  it("accepts a body of exactly 16 KiB", async () => {
    const { send } = await writer();
    const response = await send("POST", "", { headers: json, body: paddedBody({ title: "Just fits" }, LIMIT) });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ title: "Just fits" });
  });
});

describe("413 for a body over 16 KiB sent to Better Auth's endpoints", () => {
  const email = () => `user-${randomUUID()}@example.com`;

  it("refuses a sign-up of 16 KiB + 1 declared, and makes no account", async () => {
    const address = email();
    const body = { name: "Ada", email: address, password: "correct horse battery staple" };
    const response = await fetch(`${baseUrl}/api/auth/sign-up/email`, {
      method: "POST",
      headers: authHeaders(baseUrl),
      body: paddedBody(body, LIMIT + 1),
    });
    await expectProblem(response, 413, "The body is larger than 16 KiB");
    expect((await signIn(baseUrl, address, body.password)).status).toBe(401);
  });

  it("refuses a streamed sign-in with no Content-Length once it passes the limit, without reading the rest", async () => {
    const account = await signUp(baseUrl);
    const response = await sendChunked(`${baseUrl}/api/auth/sign-in/email`, {
      method: "POST",
      headers: authHeaders(baseUrl),
      chunks: [
        JSON.stringify({ email: account.email, password: account.password }),
        ...Array.from({ length: 5 }, () => " ".repeat(4096)),
      ],
    });
    await expectProblem(response, 413, "The body is larger than 16 KiB");
    expect(response.headers.get("connection")).toBe("close");
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it("takes a sign-in of exactly 16 KiB", async () => {
    const account = await signUp(baseUrl);
    const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
      method: "POST",
      headers: authHeaders(baseUrl),
      body: paddedBody({ email: account.email, password: account.password }, LIMIT),
    });
    expect(response.status).toBe(200);
  });
});

describe("415 for a body that is not declared JSON", () => {
  it.each(writes)("%s %s refuses text/plain", async (method, suffix) => {
    const { send, unchanged } = await writer();
    const body = JSON.stringify({ title: "Plain", completed: true });
    const response = await send(method, suffix, { headers: { "Content-Type": "text/plain" }, body });
    await expectProblem(response, 415, "Send the body as application/json");
    await unchanged();
  });

  it("refuses a body with no Content-Type", async () => {
    const { send, unchanged } = await writer();
    const response = await send("POST", "", { body: new TextEncoder().encode('{"title":"typeless"}') });
    await expectProblem(response, 415, "Send the body as application/json");
    await unchanged();
  });

  it.each(["application/json; charset=utf-8", "application/merge-patch+json"])("accepts %s", async (type) => {
    const { task, send } = await writer();
    const response = await send("PATCH", "/:id", { headers: { "Content-Type": type }, body: '{"title":"Typed"}' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: task.id, title: "Typed" });
  });
});

describe("415 for a body sent with a content coding (RFC 7694)", () => {
  const gzipped = gzipSync(JSON.stringify({ title: "Zipped", completed: true }));

  it.each(writes)("%s %s refuses a gzip body, saying which codings it takes", async (method, suffix) => {
    const { send, unchanged } = await writer();
    const response = await send(method, suffix, { headers: { ...json, "Content-Encoding": "gzip" }, body: gzipped });
    await expectProblem(response, 415, "Send the body without a content coding (Content-Encoding: gzip is not taken)");
    expect(response.headers.get("accept-encoding")).toBe("identity");
    await unchanged();
  });

  it.each([
    ["GZIP", "gzip"],
    ["identity, br", "br"],
    ["gzip,  deflate", "gzip, deflate"],
  ])("reads Content-Encoding: %s as a list of codings in any case", async (header, named) => {
    const { send, unchanged } = await writer();
    const response = await send("POST", "", { headers: { ...json, "Content-Encoding": header }, body: gzipped });
    await expectProblem(
      response,
      415,
      `Send the body without a content coding (Content-Encoding: ${named} is not taken)`,
    );
    await unchanged();
  });

  it("takes Content-Encoding: identity, which is no coding", async () => {
    const { send } = await writer();
    const body = JSON.stringify({ title: "Plain bytes" });
    const response = await send("POST", "", { headers: { ...json, "Content-Encoding": "Identity" }, body });
    expect(response.status).toBe(201);
  });

  it("refuses a gzip sign-up and makes no account", async () => {
    const address = `user-${randomUUID()}@example.com`;
    const password = "correct horse battery staple";
    const response = await fetch(`${baseUrl}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { ...authHeaders(baseUrl), "Content-Encoding": "gzip" },
      body: gzipSync(JSON.stringify({ name: "Ada", email: address, password })),
    });
    await expectProblem(response, 415, "Send the body without a content coding (Content-Encoding: gzip is not taken)");
    expect((await signIn(baseUrl, address, password)).status).toBe(401);
  });
});

describe("422 for invalid or unknown fields, naming each", () => {
  const invalid = "Some fields are invalid";
  it.each([
    ["POST", "", { title: "" }, "title", "Title must not be empty"],
    ["POST", "", { title: 5 }, "title", "Invalid input: expected string, received number"],
    [
      "POST",
      "",
      { title: "t", priority: "urgent" },
      "priority",
      'Invalid option: expected one of "none"|"low"|"medium"|"high"',
    ],
    ["POST", "", { title: "t", tags: ["ok", 5] }, "tags.1", "Invalid input: expected string, received number"],
    ["POST", "", { title: "t", dueDate: "31/12/2026" }, "dueDate", "Invalid ISO date"],
    ["POST", "", { title: "t", dueDate: "0000-01-01" }, "dueDate", "A date must be 0001-01-01 or later"],
    ["PUT", "/:id", { title: "t", dueDate: "0000-02-29" }, "dueDate", "A date must be 0001-01-01 or later"],
    ["PATCH", "/:id", { dueDate: "0000-12-31" }, "dueDate", "A date must be 0001-01-01 or later"],
    ["POST", "", { title: "t", completed: "yes" }, "completed", "Invalid input: expected boolean, received string"],
    ["POST", "", { title: "t", owner: "me" }, "owner", "Unknown field"],
    ["POST", "", [], "", "Invalid input: expected object, received array"],
    ["PUT", "/:id", { description: "no title" }, "title", "Invalid input: expected string, received undefined"],
    ["PUT", "/:id", { title: "t", id: 99 }, "id", "Unknown field"],
    ["PATCH", "/:id", {}, "", "Send at least one field to change"],
    ["PATCH", "/:id", { title: null }, "title", "Invalid input: expected string, received null"],
    ["PATCH", "/:id", { title: "ok", userId: "someone-else" }, "userId", "Unknown field"],
    ["PATCH", "/:id", { title: "ok", updatedAt: "2020-01-01T00:00:00.000Z" }, "updatedAt", "Unknown field"],
    ["PATCH", "/:id/complete", { completed: "yes" }, "completed", "Invalid input: expected boolean, received string"],
    ["PATCH", "/:id/complete", { completed: true, x: 1 }, "x", "Unknown field"],
  ])("%s %s %j", async (method, suffix, body, path, message) => {
    const { send, unchanged } = await writer();
    const response = await send(method, suffix, { headers: json, body: JSON.stringify(body) });
    await expectProblem(response, 422, invalid, [{ path, message }]);
    await unchanged();
  });
});
