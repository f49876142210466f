import fc from "fast-check";
import { describe, expect, inject, it } from "vitest";
import { apiUser } from "../support/api-user";
import { expectProblem } from "../support/problems";

const baseUrl = inject("appUrl");
const DETAIL = /^The path holds a %-escape that is malformed or not UTF-8/;

const escaped = (bytes: Uint8Array) => [...bytes].map((byte) => `%${byte.toString(16).padStart(2, "0")}`).join("");
const decodes = (text: string) => {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
};
/** Byte strings that are no UTF-8: a lone continuation byte, a truncated sequence, a surrogate, an overlong form… */
const notUtf8 = fc
  .uint8Array({ minLength: 1, maxLength: 8 })
  .map(escaped)
  .filter((text) => !decodes(text));

describe("a path whose %-escapes are not UTF-8", () => {
  it("is a 400 problem under /api, with a token or without, whatever the method", async () => {
    const user = await apiUser(baseUrl);
    await fc.assert(
      fc.asyncProperty(
        notUtf8,
        fc.constantFrom("GET", "POST", "PATCH", "DELETE"),
        fc.boolean(),
        fc.constantFrom(
          (bad: string) => `/api/${user.userId}/tasks/${bad}`,
          (bad: string) => `/api/${bad}/tasks`,
          (bad: string) => `/api/${user.userId}/lists/1${bad}`,
          (bad: string) => `/api/auth/${bad}`,
        ),
        async (bad, method, withToken, pathOf) => {
          const headers: Record<string, string> = withToken ? { Authorization: `Bearer ${user.token}` } : {};
          const response = await fetch(`${baseUrl}${pathOf(bad)}`, { method, headers });
          expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
          await expectProblem(response, 400, DETAIL);
        },
      ),
      { numRuns: 40 },
    );
  });

  it.each(["/%FF", "/lists/%ED%A0%80", "/today%C3", "/lists/%zz", "/API/x/tasks/%FF"])(
    "is a 400 problem for %s too, where Next.js alone answers 500",
    async (path) => {
      await expectProblem(await fetch(`${baseUrl}${path}`), 400, DETAIL);
    },
  );

  it("leaves paths whose escapes are UTF-8 to their routes, a lone-surrogate-free text of any script", async () => {
    const user = await apiUser(baseUrl);
    await fc.assert(
      // "." and ".." are dot segments, which the client's URL parser resolves (RFC 3986 § 5.2.4): never a route's text.
      fc.asyncProperty(
        fc.string({ unit: "grapheme", minLength: 1, maxLength: 6 }).filter((text) => text !== "." && text !== ".."),
        async (text) => {
          const response = await fetch(`${baseUrl}/api/${user.userId}/tasks/${encodeURIComponent(text)}`, {
            headers: { Authorization: `Bearer ${user.token}` },
          });
          // Not an id: the route itself says so (never this proxy's 400, never a 500).
          expect([404, 422]).toContain(response.status);
          expect(response.headers.get("content-type")).toBe("application/problem+json");
        },
      ),
      { numRuns: 40 },
    );
  });
});
