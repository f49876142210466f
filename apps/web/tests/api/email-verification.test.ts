import { randomUUID } from "node:crypto";
import { authHeaders, sessionCookie, signIn } from "@todo/test-support/accounts";
import { type AppServer, startAppServer } from "@todo/test-support/app-server";
import { linkIn, type SmtpInbox, startSmtpInbox } from "@todo/test-support/smtp-inbox";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { WEB_DIR } from "../support/web-dir";

let inbox: SmtpInbox;
let app: AppServer;
beforeAll(async () => {
  inbox = await startSmtpInbox();
  app = await startAppServer(WEB_DIR, {
    DATABASE_URL: inject("databaseUrl"),
    SMTP_URL: inbox.url,
    REQUIRE_EMAIL_VERIFICATION: "true",
    MAIL_RATE_LIMIT_MAX: "1000",
  });
});
afterAll(async () => {
  await app?.stop();
  await inbox?.stop();
});

const password = "correct horse battery staple";

async function signUp(email: string) {
  return fetch(`${app.url}/api/auth/sign-up/email`, {
    method: "POST",
    headers: authHeaders(app.url),
    body: JSON.stringify({ name: "Vera Verified", email, password }),
  });
}

/** A sign-up's answer with what differs however the address stands (the address, a new id, the time) checked and blanked. */
async function comparable(response: Response, email: string) {
  const body = (await response.json()) as { user: Record<string, unknown> };
  expect(body.user).toMatchObject({
    email,
    id: expect.stringMatching(/^[0-9a-f-]{36}$/),
    createdAt: expect.any(String),
    updatedAt: expect.any(String),
  });
  const headers = Object.fromEntries(
    [...response.headers].filter(([name]) => !["date", "x-request-id", "content-length"].includes(name)),
  );
  return {
    status: response.status,
    headers,
    body: { ...body, user: { ...body.user, email: "", id: "", createdAt: "", updatedAt: "" } },
  };
}

/** Opens a mailed verification link as a browser would: Better Auth's answer, not followed. */
async function openVerificationLink(email: string, since: number) {
  const mail = await inbox.waitFor(email, { since });
  return fetch(linkIn(mail, `${app.url}/api/auth/verify-email?token=`), { redirect: "manual" });
}

/** A verified account with its session cookie. */
async function verifiedAccount() {
  const email = `verify-${randomUUID()}@example.com`;
  const since = inbox.messages.length;
  await signUp(email);
  const opened = await openVerificationLink(email, since);
  return { email, cookie: sessionCookie(opened) };
}

describe("email verification (REQUIRE_EMAIL_VERIFICATION=true)", () => {
  it("signs a new account in only once the mailed link is opened", async () => {
    const email = `verify-${randomUUID()}@example.com`;
    const since = inbox.messages.length;
    const signedUp = await signUp(email);
    expect(signedUp.status).toBe(200);
    expect(((await signedUp.json()) as { token: unknown }).token).toBeNull();
    const refused = await signIn(app.url, email, password);
    expect(refused.status).toBe(403);
    expect((await refused.json()).code).toBe("EMAIL_NOT_VERIFIED");

    const mail = await inbox.waitFor(email, { since });
    expect(mail.subject).toBe("Confirm your email address for Todo");
    const opened = await openVerificationLink(email, since);
    expect(opened.status).toBe(302);
    const cookie = sessionCookie(opened);
    const session = await fetch(`${app.url}/api/auth/get-session`, { headers: { cookie } });
    expect((await session.json()).user).toMatchObject({ email, emailVerified: true });
    expect((await signIn(app.url, email, password)).status).toBe(200);
  });

  it("answers a sign-up with a taken address exactly as one with a new address, and mails its owner instead", async () => {
    const taken = await verifiedAccount();
    const fresh = `verify-${randomUUID()}@example.com`;
    const since = inbox.messages.length;
    const takenAnswer = await comparable(await signUp(taken.email), taken.email);
    const freshAnswer = await comparable(await signUp(fresh), fresh);
    expect(takenAnswer).toEqual(freshAnswer);
    expect(freshAnswer).toMatchObject({ status: 200, body: { token: null, user: { emailVerified: false } } });
    expect(freshAnswer.headers).not.toHaveProperty("set-cookie");

    const notice = await inbox.waitFor(taken.email, { since });
    expect(notice.subject).toBe("You already have a Todo account");
    expect(linkIn(notice, `${app.url}/`)).toBe(`${app.url}/sign-in`);
    expect((await inbox.waitFor(fresh, { since })).subject).toBe("Confirm your email address for Todo");
    // The account is untouched: its password still signs in.
    expect((await signIn(app.url, taken.email, password)).status).toBe(200);
  });

  it("changes the email only once the new address's link is opened", async () => {
    const account = await verifiedAccount();
    const newEmail = `moved-${randomUUID()}@example.com`;
    const since = inbox.messages.length;
    const asked = await fetch(`${app.url}/api/auth/change-email`, {
      method: "POST",
      headers: { ...authHeaders(app.url), cookie: account.cookie },
      body: JSON.stringify({ newEmail, callbackURL: "/settings" }),
    });
    expect(asked.status).toBe(200);
    // Until the link is opened, the old address is the account's.
    expect((await signIn(app.url, account.email, password)).status).toBe(200);
    const opened = await openVerificationLink(newEmail, since);
    expect(opened.status).toBe(302);
    expect(new URL(opened.headers.get("location") as string, app.url).pathname).toBe("/settings");
    expect((await signIn(app.url, newEmail, password)).status).toBe(200);
    expect((await signIn(app.url, account.email, password)).status).toBe(401);
  });

  it("answers a change to an address another account holds as any other change, and mails no one", async () => {
    const mine = await verifiedAccount();
    const theirs = await verifiedAccount();
    const since = inbox.messages.length;
    const asked = await fetch(`${app.url}/api/auth/change-email`, {
      method: "POST",
      headers: { ...authHeaders(app.url), cookie: mine.cookie },
      body: JSON.stringify({ newEmail: theirs.email }),
    });
    expect(asked.status).toBe(200);
    expect(await asked.json()).toEqual({ status: true });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(inbox.messages.length).toBe(since);
  });
});
