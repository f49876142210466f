import { authHeaders, getToken, sessionCookie, signIn, signUp } from "@todo/test-support/accounts";
import { type AppServer, startAppServer } from "@todo/test-support/app-server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { untilRefused } from "../support/until-refused";
import { WEB_DIR } from "../support/web-dir";

const baseUrl = inject("appUrl");
const databaseUrl = inject("databaseUrl");
const SIGNED_OUT = "This token's session has been signed out: sign in again";

// A second instance of the same deployment (one database, one public URL): it hears of a sign-out only through
// the database.
let other: AppServer;
beforeAll(async () => {
  other = await startAppServer(WEB_DIR, {
    DATABASE_URL: databaseUrl,
    BETTER_AUTH_URL: baseUrl,
    API_RATE_LIMIT_PER_MINUTE: "100000",
  });
}, 60_000);
afterAll(async () => {
  await other?.stop();
});

/** One signed-in device of the user: its session cookie and the JWT the browser got for it. */
async function device(email: string, password: string) {
  const response = await signIn(baseUrl, email, password);
  expect(response.status).toBe(200);
  const cookie = sessionCookie(response);
  return { cookie, token: await getToken(baseUrl, cookie) };
}

async function listWith(base: string, userId: string, token: string) {
  const response = await fetch(`${base}/api/${userId}/tasks`, { headers: { Authorization: `Bearer ${token}` } });
  return { status: response.status, detail: response.status === 401 ? (await response.json()).detail : undefined };
}

/** Asks until the token is refused: a sign-out reaches every instance within seconds. */
const refusedWithin = (base: string, userId: string, token: string) =>
  untilRefused(() => listWith(base, userId, token));

const post = (path: string, cookie: string) =>
  fetch(`${baseUrl}/api/auth/${path}`, { method: "POST", headers: { ...authHeaders(baseUrl), cookie }, body: "{}" });

describe("a session's JWT once the session ends", () => {
  it("is refused 401 on every instance within seconds of signing out there, while the user's other devices go on", async () => {
    const { userId, email, password } = await signUp(baseUrl);
    const [phone, laptop] = [await device(email, password), await device(email, password)];
    expect((await listWith(other.url, userId, phone.token)).status).toBe(200);

    expect((await post("sign-out", phone.cookie)).status).toBe(200);

    expect(await refusedWithin(baseUrl, userId, phone.token)).toEqual({ status: 401, detail: SIGNED_OUT });
    expect(await refusedWithin(other.url, userId, phone.token)).toEqual({ status: 401, detail: SIGNED_OUT });
    expect(await listWith(baseUrl, userId, laptop.token)).toEqual({ status: 200, detail: undefined });
    expect(await listWith(other.url, userId, laptop.token)).toEqual({ status: 200, detail: undefined });
  }, 60_000);

  it("is refused for every other device once one signs out all the others, not for that one", async () => {
    const { userId, email, password } = await signUp(baseUrl);
    const [kept, lost, stolen] = [
      await device(email, password),
      await device(email, password),
      await device(email, password),
    ];

    expect((await post("revoke-other-sessions", kept.cookie)).status).toBe(200);

    for (const token of [lost.token, stolen.token]) {
      expect(await refusedWithin(other.url, userId, token)).toEqual({ status: 401, detail: SIGNED_OUT });
    }
    expect(await listWith(other.url, userId, kept.token)).toEqual({ status: 200, detail: undefined });
    // The refused device cannot get a new token either: its session is gone.
    expect((await fetch(`${baseUrl}/api/auth/token`, { headers: { cookie: lost.cookie } })).status).toBe(401);
  }, 60_000);
});
