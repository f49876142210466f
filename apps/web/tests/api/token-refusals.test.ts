import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getToken, signIn, signUp, signUpWithToken } from "../support/accounts";
import { type AppServer, startAppServer } from "../support/app-server";
import { foreignKeyToken, tamperedToken, unsignedToken } from "../support/tokens";

const baseUrl = inject("appUrl");

// A second instance on the same database: another issuer URL, 1-second tokens, 3 sign-ins a minute.
let strict: AppServer;
beforeAll(async () => {
  strict = await startAppServer({
    DATABASE_URL: inject("databaseUrl"),
    JWT_EXPIRATION: "1s",
    AUTH_RATE_LIMIT_MAX: "3",
    AUTH_RATE_LIMIT_WINDOW: "60",
  });
});
afterAll(() => strict?.stop());

async function expect401(userId: string, token: string, detail: string | RegExp) {
  const response = await fetch(`${baseUrl}/api/${userId}/tasks`, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status).toBe(401);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  expect(response.headers.get("www-authenticate")).toBe('Bearer realm="todo"');
  expect((await response.json()).detail).toMatch(detail);
}

describe("tokens the API refuses with 401", () => {
  it("refuses an expired token", async () => {
    const account = await signUp(strict.url);
    const token = await getToken(strict.url, account.cookie);
    const fresh = await fetch(`${strict.url}/api/${account.userId}/tasks`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(fresh.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const expired = await fetch(`${strict.url}/api/${account.userId}/tasks`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(expired.status).toBe(401);
    expect((await expired.json()).detail).toBe("The token has expired");
  });

  it("refuses a token signed with the same key but issued for another URL", async () => {
    const account = await signUp(strict.url);
    const foreign = await getToken(strict.url, account.cookie);
    await expect401(account.userId, foreign, /"iss" claim/);
  });

  it("refuses a token whose claims were changed after signing", async () => {
    const me = await signUpWithToken(baseUrl);
    const victim = await signUp(baseUrl);
    await expect401(victim.userId, tamperedToken(me.token, victim.userId), "The token's signature is not valid");
  });

  it("refuses alg: none", async () => {
    const me = await signUpWithToken(baseUrl);
    await expect401(me.userId, unsignedToken(me.token), "The token is malformed or not signed by this server");
  });

  it("refuses a token signed by a key this server never issued", async () => {
    const me = await signUpWithToken(baseUrl);
    await expect401(me.userId, await foreignKeyToken(me.token), "The token's signature is not valid");
  });
});

describe("sign-in rate limit", () => {
  it("answers 429 once the configured number of sign-ins is spent", async () => {
    const account = await signUp(strict.url);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await signIn(strict.url, account.email, "wrong password")).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await signIn(strict.url, account.email, account.password);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.headers.get("retry-after")).toBe(limited.headers.get("x-retry-after"));
  });
});
