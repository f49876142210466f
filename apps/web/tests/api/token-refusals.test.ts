import { getToken, signUp, signUpWithToken } from "@todo/test-support/accounts";
import { type AppServer, startAppServer } from "@todo/test-support/app-server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { foreignKeyToken, tamperedToken, unsignedToken } from "../support/tokens";
import { WEB_DIR } from "../support/web-dir";

const baseUrl = inject("appUrl");

// A second instance on the same database: another issuer URL, 1-second tokens.
let strict: AppServer;
beforeAll(async () => {
  strict = await startAppServer(WEB_DIR, {
    DATABASE_URL: inject("databaseUrl"),
    JWT_EXPIRATION: "1s",
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
    // The configured lifetime, read from the token rather than timed, so a busy machine cannot fail it.
    const { iat, exp } = JSON.parse(Buffer.from(token.split(".")[1] as string, "base64url").toString());
    expect(exp - iat).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, exp * 1000 - Date.now()) + 1_100));
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
