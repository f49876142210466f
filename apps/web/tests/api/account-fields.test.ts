import { randomUUID } from "node:crypto";
import { authHeaders, clientAddress, signIn, signUp } from "@todo/test-support/accounts";
import { anyText, storable } from "@todo/test-support/any-text";
import fc from "fast-check";
import { beforeEach, describe, expect, inject, it } from "vitest";

const baseUrl = inject("appUrl");
const PASSWORD = "correct horse battery staple";

// Each test writes from its own address. Better Auth allows an address 100 requests to a path in 10 s (its default
// where we set no rule), then answers 429: the fuzzed test alone sends update-user and get-session 60 times each, and
// the other files, running at the same time from 127.0.0.1, would otherwise count against it.
let from: string;
beforeEach(() => {
  from = clientAddress();
});

function post(path: string, body: unknown, cookie?: string) {
  return fetch(`${baseUrl}/api/auth/${path}`, {
    method: "POST",
    headers: { ...authHeaders(baseUrl), "X-Forwarded-For": from, ...(cookie && { cookie }) },
    body: JSON.stringify(body),
  });
}

async function sessionUser(cookie: string) {
  const response = await fetch(`${baseUrl}/api/auth/get-session`, { headers: { cookie, "X-Forwarded-For": from } });
  const body = (await response.json()) as { user: { name: string; image: string | null } } | null;
  if (!body) throw new Error("no session");
  return body.user;
}

/** The name the account keeps of a text (trimmed), or null when it must be refused. */
function keptName(text: string): string | null {
  const name = text.trim();
  return name !== "" && storable(name) && [...name].length <= 100 ? name : null;
}

const BAD_NAMES: [string, unknown][] = [
  ["NUL", "Ada\u0000Lovelace"],
  ["a lone surrogate", "Ada \ud800"],
  ["only spaces", "   "],
  ["empty", ""],
  ["101 characters", "a".repeat(101)],
  ["101 emoji", "😀".repeat(101)],
  ["10,000 characters", "a".repeat(10_000)],
];

describe("the account's name and picture, whichever Better Auth endpoint writes them", () => {
  it.each(BAD_NAMES)("refuses a sign-up whose name has %s (400) and makes no account", async (_, name) => {
    const email = `user-${randomUUID()}@example.com`;
    const response = await post("sign-up/email", { name, email, password: PASSWORD });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body).toMatchObject({ code: "VALIDATION_ERROR", message: expect.stringMatching(/^\[body\.name\] /) });
    expect(response.headers.getSetCookie().filter((cookie) => cookie.includes("session_token="))).toEqual([]);
    expect((await signIn(baseUrl, email, PASSWORD)).status).toBe(401);
  });

  it("answers a bad name the same whether or not the address has an account", async () => {
    const existing = await signUp(baseUrl);
    const taken = await post("sign-up/email", { name: "   ", email: existing.email, password: PASSWORD });
    const free = await post("sign-up/email", {
      name: "   ",
      email: `user-${randomUUID()}@example.com`,
      password: PASSWORD,
    });
    expect([taken.status, await taken.json()]).toEqual([free.status, await free.json()]);
    expect(taken.status).toBe(400);
  });

  it("keeps a sign-up's name trimmed, and 100 characters of emoji whole", async () => {
    const email = `user-${randomUUID()}@example.com`;
    const response = await post("sign-up/email", { name: "  Ada Lovelace \n", email, password: PASSWORD });
    expect(response.status).toBe(200);
    expect((await response.json()).user).toMatchObject({ name: "Ada Lovelace", email });

    const emoji = "😀".repeat(100);
    const account = await signUp(baseUrl);
    const renamed = await post("update-user", { name: emoji }, account.cookie);
    expect(renamed.status).toBe(200);
    expect((await sessionUser(account.cookie)).name).toBe(emoji);
  });

  it.each(BAD_NAMES)("refuses a new name with %s (400) and keeps the old one", async (_, name) => {
    const account = await signUp(baseUrl);
    const response = await post("update-user", { name }, account.cookie);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "VALIDATION_ERROR" });
    expect((await sessionUser(account.cookie)).name).toBe("Test User");
  });

  it("stores any new name trimmed, or refuses it and keeps the last one (fuzzed over all of UTF-16)", async () => {
    const account = await signUp(baseUrl);
    let current = "Test User";
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          anyText({ maxLength: 110 }),
          fc.tuple(anyText({ maxLength: 4 }), fc.constantFrom(" ", "\t", "\u3000")).map(([a, b]) => b + a + b),
        ),
        async (name) => {
          const response = await post("update-user", { name }, account.cookie);
          const kept = keptName(name);
          expect(response.status, await response.clone().text()).toBe(kept === null ? 400 : 200);
          if (kept !== null) current = kept;
          expect((await sessionUser(account.cookie)).name).toBe(current);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("takes a picture's http(s) address or null, and refuses anything else", async () => {
    const account = await signUp(baseUrl);
    const picture = "https://images.example.com/ada.png";
    expect((await post("update-user", { image: picture }, account.cookie)).status).toBe(200);
    expect((await sessionUser(account.cookie)).image).toBe(picture);

    for (const image of ["javascript:alert(1)", "not a url", `https://example.com/${"a".repeat(2_100)}`, 42]) {
      const response = await post("update-user", { image }, account.cookie);
      expect(response.status, String(image)).toBe(400);
      expect(await response.json()).toMatchObject({
        code: "VALIDATION_ERROR",
        message: expect.stringMatching(/^\[body\.image\] /),
      });
      expect((await sessionUser(account.cookie)).image).toBe(picture);
    }

    expect((await post("update-user", { image: null }, account.cookie)).status).toBe(200);
    expect((await sessionUser(account.cookie)).image).toBeNull();
  });
});
