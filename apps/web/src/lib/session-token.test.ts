import { afterEach, describe, expect, it, vi } from "vitest";
import { forgetSessionToken, getSessionToken, SessionEndedError, TokenRefusedError } from "./session-token";

/** The session's token endpoint answering `response` once. */
function tokenEndpoint(response: Response) {
  vi.stubGlobal("fetch", async (input: RequestInfo | URL) => {
    expect(String(input)).toBe("/api/auth/token");
    return response;
  });
}

afterEach(() => {
  forgetSessionToken();
  vi.unstubAllGlobals();
});

describe("getSessionToken", () => {
  it("gives the session's token", async () => {
    const payload = btoa(JSON.stringify({ exp: Math.floor(Date.now() / 1000) + 900 }));
    tokenEndpoint(Response.json({ token: `h.${payload}.s` }));
    await expect(getSessionToken()).resolves.toBe(`h.${payload}.s`);
  });

  it("says the session ended on a 401", async () => {
    tokenEndpoint(new Response(null, { status: 401 }));
    await expect(getSessionToken()).rejects.toBeInstanceOf(SessionEndedError);
  });

  it.each([
    ["7", {}, 7],
    ["Wed, 21 Oct 2026 07:28:30 GMT", { Date: "Wed, 21 Oct 2026 07:28:00 GMT" }, 30],
    ["soon", {}, undefined],
    [null, {}, undefined],
  ])(
    "tells a refusal's status and its Retry-After (%s) in seconds, a date counted from the answer's",
    async (retryAfter, headers, seconds) => {
      tokenEndpoint(
        new Response(null, {
          status: 503,
          headers: { ...headers, ...(retryAfter === null ? {} : { "Retry-After": retryAfter }) },
        }),
      );
      const refusal = await getSessionToken().catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(TokenRefusedError);
      expect(refusal).toMatchObject({ status: 503, retryAfterSeconds: seconds });
    },
  );
});
