import { anyText, escapeRaw, storable, wellFormed } from "@todo/test-support/any-text";
import fc from "fast-check";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { type ApiUser, apiUser, createTasks } from "../support/api-user";

const baseUrl = inject("appUrl");
const RUNS = 150;
// What an answer must never show: a stack frame, SQL, a driver or file name.
const LEAK = /\bat \S+ \(|\bSELECT\b|\bINSERT\b|\bUPDATE "|postgres|drizzle|node_modules|\.tsx?\b|\.m?js\b/i;

let user: ApiUser;
let taskId: number;
beforeAll(async () => {
  user = await apiUser(baseUrl);
  const [target] = await createTasks(user, [{ title: "Fuzz target", tags: ["a"] }]);
  if (!target) throw new Error("The fuzz target task was not created");
  taskId = target.id;
});

async function snapshot() {
  const response = await user.raw("?limit=100");
  return response.json();
}

/** Sends a request and checks what every answer must be: no 5xx, and no error telling anything internal. */
async function checked(path: string, init: RequestInit) {
  const response = await user.raw(path, init);
  const body = await response.text();
  expect(response.status, `${init.method} ${path} → ${body}`).toBeLessThan(500);
  // A success may echo the fuzzed text back; an error must not show our internals.
  if (response.status >= 400) expect(body).not.toMatch(LEAK);
  return response.status;
}

const json = fc.oneof(
  fc.jsonValue(),
  fc.record(
    {
      title: fc.oneof(anyText(), fc.integer(), fc.constant(null)),
      description: fc.oneof(anyText({ maxLength: 3000 }), fc.boolean()),
      completed: fc.oneof(fc.boolean(), anyText()),
      priority: fc.oneof(fc.constantFrom("none", "low", "medium", "high", "urgent"), fc.integer()),
      tags: fc.oneof(fc.array(anyText(), { maxLength: 12 }), anyText()),
      dueDate: fc.oneof(
        fc.constant(null),
        anyText(),
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      ),
    },
    { requiredKeys: [] },
  ),
);
const rawBody = fc.oneof(
  json.map((v) => JSON.stringify(v)),
  anyText(),
  // Bytes as they come, valid UTF-8 or not.
  fc.uint8Array({ maxLength: 200 }).map((bytes) => new Blob([new Uint8Array(bytes)])),
);
const contentType = fc.constantFrom("application/json", "text/plain", "application/json; charset=utf-8", "");

describe("fuzzed requests to every endpoint", () => {
  it("writes: random bodies and content types never give 5xx or leak, and refused ones change nothing", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(["POST", ""], ["PUT", `/${taskId}`], ["PATCH", `/${taskId}`], ["PATCH", `/${taskId}/complete`]),
        rawBody,
        contentType,
        async ([method, path], body: string | Blob, type) => {
          const before = await snapshot();
          const status = await checked(path, { method, body, headers: type ? { "Content-Type": type } : {} });
          if (status >= 400) expect(await snapshot()).toEqual(before);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("lists: random query strings never give 5xx or leak", async () => {
    const key = fc.constantFrom(
      "status",
      "q",
      "priority",
      "tag",
      "dueBefore",
      "dueAfter",
      "sort",
      "order",
      "limit",
      "cursor",
      "x",
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(key, anyText({ maxLength: 80 })), { maxLength: 4 }), async (pairs) => {
        const status = await checked(`?${pairs.map(([k, v]) => `${k}=${escapeRaw(v)}`).join("&")}`, { method: "GET" });
        if (pairs.some(([, value]) => !storable(value))) expect(status).toBe(400);
      }),
      { numRuns: RUNS },
    );
  });

  it("paths: random task ids never give 5xx or leak, and reach no other task", async () => {
    // "." and ".." are dot segments: the client's URL parser resolves them before anything is sent.
    // A path escape that is not UTF-8 fails in Next.js's router, before any code of ours (README, "Known gaps").
    const segment = anyText({ minLength: 1 }).filter((id) => id !== "." && id !== ".." && wellFormed(id));
    await fc.assert(
      fc.asyncProperty(fc.oneof(segment, fc.bigInt().map(String)), async (id) => {
        const status = await checked(`/${escapeRaw(id)}`, { method: "GET" });
        if (id !== String(taskId)) expect(status).toBe(404);
      }),
      { numRuns: RUNS },
    );
  });

  it("tokens: random Authorization headers are 401, never 5xx", async () => {
    const header = fc.oneof(
      fc.string(),
      fc.string().map((s) => `Bearer ${s}`),
      fc.array(fc.base64String(), { minLength: 3, maxLength: 3 }).map((parts) => `Bearer ${parts.join(".")}`),
    );
    await fc.assert(
      fc.asyncProperty(header, async (authorization) => {
        const response = await fetch(`${baseUrl}/api/${user.userId}/tasks`, {
          headers: { Authorization: authorization },
        });
        const body = await response.text();
        expect(response.status, body).toBe(401);
        expect(body).not.toMatch(LEAK);
      }),
      { numRuns: RUNS },
    );
  });
});
