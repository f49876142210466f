import fc from "fast-check";
import { describe, expect, inject, it } from "vitest";
import { apiUser, must } from "../support/api-user";

const baseUrl = inject("appUrl");
const UNRESERVED = /[A-Za-z0-9\-_~]/;

/** The path with the characters `chosen` picks written as %-escapes, in upper- or lower-case hex. */
function escapedPath(path: string, chosen: boolean[], upper: boolean): string {
  return [...path]
    .map((char, index) => {
      if (!chosen[index % chosen.length] || !UNRESERVED.test(char)) return char;
      const hex = char.charCodeAt(0).toString(16);
      return `%${upper ? hex.toUpperCase() : hex}`;
    })
    .join("");
}

async function answer(response: Response) {
  return { status: response.status, type: response.headers.get("content-type"), body: await response.text() };
}

// RFC 3986 § 6.2.2.2: a %-escape of a letter, digit, "-", "_" or "~" names the same resource as the character.
describe("a path with unreserved characters %-escaped", () => {
  it("is answered as the same path unescaped, API and Better Auth alike (fuzzed over which are escaped)", async () => {
    const user = await apiUser(baseUrl);
    const task = must(await user.client.createTask(user.userId, { title: "Escaped" }));
    const headers = { Authorization: `Bearer ${user.token}`, cookie: user.cookie };
    const paths = [
      `/api/${user.userId}/tasks`,
      `/api/${user.userId}/tasks/${task.id}`,
      `/api/${user.userId}/lists`,
      `/api/${user.userId}/settings`,
      "/api/auth/get-session",
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 50 }),
        fc.boolean(),
        async (path, chosen, upper) => {
          const escaped = escapedPath(path, chosen, upper);
          const expected = await answer(await fetch(`${baseUrl}${path}?limit=5`, { headers }));
          expect(await answer(await fetch(`${baseUrl}${escaped}?limit=5`, { headers })), escaped).toEqual(expected);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("takes a write there as at the plain path, once", async () => {
    const user = await apiUser(baseUrl);
    const response = await fetch(`${baseUrl}/api/${user.userId}/t%61sks`, {
      method: "POST",
      headers: { Authorization: `Bearer ${user.token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ title: "Through an escaped path" }),
    });
    expect(response.status).toBe(201);
    const created = (await response.json()) as { id: number };
    expect(response.headers.get("location")).toBe(`/api/${user.userId}/tasks/${created.id}`);
    const titles = must(await user.client.listTasks(user.userId)).tasks.map((task) => task.title);
    expect(titles).toEqual(["Through an escaped path"]);
  });

  it("still refuses another user's data behind an escaped path", async () => {
    const [owner, other] = await Promise.all([apiUser(baseUrl), apiUser(baseUrl)]);
    const response = await fetch(`${baseUrl}/api/${escapedPath(owner.userId, [true], false)}/tasks`, {
      headers: { Authorization: `Bearer ${other.token}` },
    });
    expect(response.status).toBe(403);
  });

  it("serves a page there too: signed out, the sign-in page's redirect names the unescaped path", async () => {
    const response = await fetch(`${baseUrl}/s%65ttings`, { redirect: "manual" });
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("/sign-in?next=%2Fsettings");
    const signIn = await fetch(`${baseUrl}/sign-%69n`);
    expect(signIn.status).toBe(200);
    expect(await signIn.text()).toContain("Sign in");
  });
});
