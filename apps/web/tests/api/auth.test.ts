import { randomUUID } from "node:crypto";
import { authHeaders, sessionCookie, signIn, signUp, signUpWithToken } from "@todo/test-support/accounts";
import { describe, expect, inject, it } from "vitest";
import { decodeHeader, decodePayload } from "../support/tokens";

const baseUrl = inject("appUrl");

async function listTasks(userId: string, token?: string) {
  return fetch(`${baseUrl}/api/${userId}/tasks`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
}

describe("sign-up, sign-in and the JWT", () => {
  it("signs up, signs in, issues a JWT (answers no cache may keep) and the tasks API accepts it", async () => {
    const account = await signUp(baseUrl);
    const signedIn = await signIn(baseUrl, account.email, account.password);
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get("cache-control")).toBe("no-store");
    const tokenResponse = await fetch(`${baseUrl}/api/auth/token`, { headers: { cookie: sessionCookie(signedIn) } });
    expect(tokenResponse.status).toBe(200);
    expect(tokenResponse.headers.get("cache-control")).toBe("no-store");
    const { token } = (await tokenResponse.json()) as { token: string };

    expect(decodeHeader(token)).toMatchObject({ alg: "EdDSA", kid: expect.any(String) });
    const claims = decodePayload(token);
    expect(claims).toMatchObject({ sub: account.userId, iss: baseUrl, aud: baseUrl, email: account.email });
    expect(Object.keys(claims).sort()).toEqual(["aud", "email", "exp", "iat", "iss", "sid", "sub"]);
    expect((claims.exp as number) - (claims.iat as number)).toBe(15 * 60);
    expect(account.userId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    const response = await listTasks(account.userId, token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.json()).toEqual([]);
  });

  it("publishes its public keys without no-store, so that a verifier elsewhere may keep them", async () => {
    const response = await fetch(`${baseUrl}/api/auth/jwks`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { keys: unknown[] }).keys.length).toBeGreaterThan(0);
    expect(response.headers.get("cache-control")).toBeNull();
  });

  it("refuses a wrong password with 401 and no session", async () => {
    const account = await signUp(baseUrl);
    const response = await signIn(baseUrl, account.email, "not the password");
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: "INVALID_EMAIL_OR_PASSWORD" });
    expect(response.headers.getSetCookie().filter((c) => c.includes("session_token="))).toEqual([]);
  });

  it("refuses a second account with the same email", async () => {
    const account = await signUp(baseUrl);
    const response = await fetch(`${baseUrl}/api/auth/sign-up/email`, {
      method: "POST",
      headers: authHeaders(baseUrl),
      body: JSON.stringify({ name: "Twin", email: account.email, password: "another long password" }),
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ code: "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL" });
  });

  it("answers sign-ups racing for one email as it answers a second sign-up: one account, the others 422", async () => {
    for (let round = 0; round < 2; round++) {
      const email = `race-${randomUUID()}@example.com`;
      const passwords = Array.from({ length: 8 }, (_, i) => `racer ${i} long password ${round}`);
      const answers = await Promise.all(
        passwords.map(async (password, i) => {
          const response = await fetch(`${baseUrl}/api/auth/sign-up/email`, {
            method: "POST",
            headers: authHeaders(baseUrl),
            body: JSON.stringify({ name: "Racer", email: i % 2 ? email.toUpperCase() : email, password }),
          });
          const body = (await response.json()) as { code?: string };
          return { status: response.status, code: body.code };
        }),
      );
      const winners = answers.flatMap((answer, i) => (answer.status === 200 ? [i] : []));
      expect(winners).toHaveLength(1);
      expect(answers.filter((answer) => answer.status !== 200)).toEqual(
        Array(7).fill({ status: 422, code: "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL" }),
      );
      const signIns = await Promise.all(passwords.map((password) => signIn(baseUrl, email, password)));
      expect(signIns.map((response) => response.status)).toEqual(
        passwords.map((_, i) => (i === winners[0] ? 200 : 401)),
      );
    }
  });

  it.each([
    ["a cookie but no Origin", { cookie: "theme=dark" }, "MISSING_OR_NULL_ORIGIN"],
    ["a foreign Origin", { Origin: "https://evil.example" }, "INVALID_ORIGIN"],
  ])("refuses a sign-up POST with %s (CSRF)", async (_name, headers, code) => {
    const email = `${randomUUID()}@example.com`;
    const response = await fetch(`${baseUrl}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...headers },
      body: JSON.stringify({ name: "No Origin", email, password: "long enough pw" }),
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code });
    expect((await signIn(baseUrl, email, "long enough pw")).status).toBe(401);
  });

  it("refuses a password shorter than 8 characters", async () => {
    const response = await fetch(`${baseUrl}/api/auth/sign-up/email`, {
      method: "POST",
      headers: authHeaders(baseUrl),
      body: JSON.stringify({ name: "Short", email: `${randomUUID()}@example.com`, password: "short" }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "PASSWORD_TOO_SHORT" });
  });
});

describe("the bearer guard", () => {
  it("answers 401 problem+json with WWW-Authenticate when the token is missing", async () => {
    const { userId } = await signUp(baseUrl);
    const response = await listTasks(userId);
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("www-authenticate")).toBe('Bearer realm="todo"');
    expect(await response.json()).toEqual({
      type: "about:blank",
      title: "Unauthorized",
      status: 401,
      detail: "A bearer token is required",
      requestId: response.headers.get("x-request-id"),
    });
  });

  it.each(["bearer", "BEARER", "bEaReR", "Bearer "])(
    "takes the scheme written %j: it is case-insensitive and may be followed by more spaces (RFC 9110 §11.1, §11.4)",
    async (scheme) => {
      const { userId, token } = await signUpWithToken(baseUrl);
      const response = await fetch(`${baseUrl}/api/${userId}/tasks`, {
        headers: { Authorization: `${scheme} ${token}` },
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual([]);
    },
  );

  it.each([
    ["a non-Bearer scheme", "Basic dXNlcjpwYXNz"],
    ["garbage", "Bearer not-a-jwt"],
    ["a session token", "Bearer NB9qfKAAnpDIilOX7uZFobKpBLrhigA7"],
    ["no space after the scheme", "Bearer\tabc.def.ghi"],
    ["a scheme that only starts with Bearer", "Bearerx abc.def.ghi"],
  ])("answers 401 for %s", async (_name, authorization) => {
    const { userId } = await signUp(baseUrl);
    const response = await fetch(`${baseUrl}/api/${userId}/tasks`, { headers: { Authorization: authorization } });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe('Bearer realm="todo"');
    expect((await response.json()).status).toBe(401);
  });

  it("takes the URL's user id in any letter case as the same user (UUIDs ignore case)", async () => {
    const me = await signUpWithToken(baseUrl);
    await fetch(`${baseUrl}/api/${me.userId}/tasks`, {
      method: "POST",
      headers: { Authorization: `Bearer ${me.token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ title: "mine" }),
    });
    const mixed = [...me.userId].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join("");
    for (const userId of [me.userId.toUpperCase(), mixed]) {
      const response = await listTasks(userId, me.token);
      expect(response.status).toBe(200);
      expect((await response.json()).map((task: { title: string }) => task.title)).toEqual(["mine"]);
    }
  });

  it("answers 403 when the URL names another user", async () => {
    const me = await signUpWithToken(baseUrl);
    const other = await signUp(baseUrl);
    const response = await listTasks(other.userId, me.token);
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 403, detail: "This token belongs to another user" });
  });
});
