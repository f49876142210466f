import { authHeaders, sessionCookie, signIn, signUp } from "@todo/test-support/accounts";
import { describe, expect, inject, it } from "vitest";

const baseUrl = inject("appUrl");
const PHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1";

/** Better Auth's endpoint at `path`, as the settings page calls it with this session's cookie. */
function asSession(cookie: string, path: string, body?: object) {
  return fetch(`${baseUrl}/api/auth/${path}`, {
    method: body ? "POST" : "GET",
    headers: { ...authHeaders(baseUrl), cookie },
    ...(body && { body: JSON.stringify(body) }),
  });
}

async function sessionUser(cookie: string) {
  const body = (await (await asSession(cookie, "get-session")).json()) as { user: { name: string } } | null;
  return body?.user ?? null;
}

/** An account signed in on a second device, a phone: the cookie of each. */
async function twoDevices() {
  const account = await signUp(baseUrl);
  const phone = await signIn(baseUrl, account.email, account.password, { "User-Agent": PHONE });
  expect(phone.status).toBe(200);
  return { ...account, phone: sessionCookie(phone) };
}

describe("account settings through Better Auth's endpoints", () => {
  it("changes the name", async () => {
    const account = await signUp(baseUrl);
    const changed = await asSession(account.cookie, "update-user", { name: "Ada Byron" });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toEqual({ status: true });
    expect(await sessionUser(account.cookie)).toMatchObject({ name: "Ada Byron", email: account.email });
  });

  it("refuses a password change with a wrong current password (400) and keeps the old one", async () => {
    const account = await signUp(baseUrl);
    const refused = await asSession(account.cookie, "change-password", {
      currentPassword: "not my password",
      newPassword: "a brand new tangerine pelican",
    });
    expect(refused.status).toBe(400);
    expect((await refused.json()).code).toBe("INVALID_PASSWORD");
    expect((await signIn(baseUrl, account.email, account.password)).status).toBe(200);
    expect((await signIn(baseUrl, account.email, "a brand new tangerine pelican")).status).toBe(401);
  });

  it("changes the password with the current one, signing out every other device", async () => {
    const account = await twoDevices();
    const newPassword = "a brand new tangerine pelican";
    const changed = await asSession(account.cookie, "change-password", {
      currentPassword: account.password,
      newPassword,
      revokeOtherSessions: true,
    });
    expect(changed.status).toBe(200);
    // This device goes on with the new session the answer sets; the phone's is gone.
    const current = sessionCookie(changed);
    expect(await sessionUser(current)).toMatchObject({ email: account.email });
    expect(await sessionUser(account.phone)).toBeNull();
    expect((await signIn(baseUrl, account.email, account.password)).status).toBe(401);
    expect((await signIn(baseUrl, account.email, newPassword)).status).toBe(200);
  });

  it("lists the devices, signs out one, then all the others", async () => {
    const account = await twoDevices();
    const third = sessionCookie(await signIn(baseUrl, account.email, account.password));
    const listed = await asSession(account.cookie, "list-sessions");
    expect(listed.status).toBe(200);
    const sessions = (await listed.json()) as { token: string; userAgent: string | null }[];
    expect(sessions).toHaveLength(3);
    const phone = sessions.find((session) => session.userAgent === PHONE);
    expect(phone).toBeDefined();

    const revoked = await asSession(account.cookie, "revoke-session", { token: phone?.token });
    expect([revoked.status, await revoked.json()]).toEqual([200, { status: true }]);
    expect(await sessionUser(account.phone)).toBeNull();
    expect(await sessionUser(third)).not.toBeNull();

    const others = await asSession(account.cookie, "revoke-other-sessions", {});
    expect([others.status, await others.json()]).toEqual([200, { status: true }]);
    expect(await sessionUser(third)).toBeNull();
    expect(await sessionUser(account.cookie)).not.toBeNull();
    expect((await (await asSession(account.cookie, "list-sessions")).json()) as unknown[]).toHaveLength(1);
  });
});
