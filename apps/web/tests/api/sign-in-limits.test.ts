import { randomUUID } from "node:crypto";
import { signIn as signInAs, signUp } from "@todo/test-support/accounts";
import { type AppServer, startAppServer } from "@todo/test-support/app-server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { WEB_DIR } from "../support/web-dir";

// Instances on the test database allowing 3 sign-ins a minute, per address and per account.
const strict = { AUTH_RATE_LIMIT_MAX: "3", AUTH_RATE_LIMIT_WINDOW: "60" };
let first: AppServer;
let second: AppServer;
let behindProxy: AppServer;
let behindCdn: AppServer;
beforeAll(async () => {
  const database = { DATABASE_URL: inject("databaseUrl"), ...strict };
  [first, second, behindProxy, behindCdn] = await Promise.all([
    startAppServer(WEB_DIR, database),
    startAppServer(WEB_DIR, database),
    startAppServer(WEB_DIR, { ...database, TRUSTED_PROXIES: "10.0.0.2" }),
    startAppServer(WEB_DIR, { ...database, CLIENT_IP_HEADER: "CF-Connecting-IP" }),
  ]);
});
afterAll(() => Promise.all([first, second, behindProxy, behindCdn].map((server) => server?.stop())));

const nobody = () => `nobody-${randomUUID()}@example.com`;
let address = 0;
/** A client address no other test uses. */
const freshAddress = () => `192.0.2.${++address}`;

/** A sign-in to `server` with a wrong password unless told otherwise. */
function signIn(server: AppServer, email: string, headers: Record<string, string>, password = "wrong password") {
  return signInAs(server.url, email, password, headers);
}

async function statuses(requests: (() => Promise<Response>)[]): Promise<number[]> {
  const result: number[] = [];
  for (const request of requests) result.push((await request()).status);
  return result;
}

describe("sign-in limits", () => {
  it("answers 429 with Retry-After once an address has spent its sign-ins", async () => {
    const from = { "X-Forwarded-For": freshAddress() };
    expect(await statuses([1, 2, 3].map(() => () => signIn(first, nobody(), from)))).toEqual([401, 401, 401]);
    const limited = await signIn(first, nobody(), from);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(limited.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(limited.headers.get("retry-after")).toBe(limited.headers.get("x-retry-after"));
    // Another address is not held back.
    expect((await signIn(first, nobody(), { "X-Forwarded-For": freshAddress() })).status).toBe(401);
  });

  it("limits sign-ins to one account however many addresses they come from", async () => {
    const account = await signUp(inject("appUrl"));
    const guess = () => signIn(first, account.email, { "X-Forwarded-For": freshAddress() });
    expect(await statuses([guess, guess, guess])).toEqual([401, 401, 401]);
    const limited = await guess();
    expect(limited.status).toBe(429);
    expect((await limited.json()).code).toBe("ACCOUNT_RATE_LIMITED");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    // The right password waits too: the guesser cannot tell it from a wrong one.
    const right = await signIn(
      first,
      account.email.toUpperCase(),
      { "X-Forwarded-For": freshAddress() },
      account.password,
    );
    expect(right.status).toBe(429);
    // Other accounts sign in as usual.
    const other = await signUp(inject("appUrl"));
    const ok = await signIn(first, other.email, { "X-Forwarded-For": freshAddress() }, other.password);
    expect(ok.status).toBe(200);
  });

  it("counts an address's sign-ins across instances", async () => {
    const from = { "X-Forwarded-For": freshAddress() };
    const attempts = [first, second, first].map((server) => () => signIn(server, nobody(), from));
    expect(await statuses(attempts)).toEqual([401, 401, 401]);
    expect((await signIn(second, nobody(), from)).status).toBe(429);
  });

  it("counts an account's sign-ins across instances", async () => {
    const account = await signUp(inject("appUrl"));
    const guess = (server: AppServer) => () => signIn(server, account.email, { "X-Forwarded-For": freshAddress() });
    expect(await statuses([guess(first), guess(second), guess(first), guess(second)])).toEqual([401, 401, 401, 429]);
  });

  it("behind TRUSTED_PROXIES, counts the address left of them, whatever the client wrote before it", async () => {
    const client = freshAddress();
    const through = (forged: string) => ({ "X-Forwarded-For": `${forged}, ${client}, 10.0.0.2` });
    const attempts = ["1.1.1.1", "2.2.2.2", "3.3.3.3"].map(
      (forged) => () => signIn(behindProxy, nobody(), through(forged)),
    );
    expect(await statuses(attempts)).toEqual([401, 401, 401]);
    expect((await signIn(behindProxy, nobody(), through("4.4.4.4"))).status).toBe(429);
    const elsewhere = { "X-Forwarded-For": `4.4.4.4, ${freshAddress()}, 10.0.0.2` };
    expect((await signIn(behindProxy, nobody(), elsewhere)).status).toBe(401);
  });

  it("with CLIENT_IP_HEADER, counts by that header and ignores X-Forwarded-For", async () => {
    const client = freshAddress();
    const attempts = [1, 2, 3].map(
      () => () => signIn(behindCdn, nobody(), { "CF-Connecting-IP": client, "X-Forwarded-For": freshAddress() }),
    );
    expect(await statuses(attempts)).toEqual([401, 401, 401]);
    const limited = await signIn(behindCdn, nobody(), {
      "CF-Connecting-IP": client,
      "X-Forwarded-For": freshAddress(),
    });
    expect(limited.status).toBe(429);
  });
});
