import { randomUUID } from "node:crypto";
import { authHeaders, sessionCookie, signIn } from "@todo/test-support/accounts";
import { type AppServer, startAppServer } from "@todo/test-support/app-server";
import { linkIn, recipientsOf, type SmtpInbox, startSmtpInbox } from "@todo/test-support/smtp-inbox";
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

async function signUp(email: string, server = app, from?: string) {
  return fetch(`${server.url}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { ...authHeaders(server.url), ...(from && { "X-Forwarded-For": from }) },
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

/** The first `count` messages to `email` after `since` (waits up to 10 s for them). */
async function mailsTo(email: string, since: number, count: number) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const mails = inbox.messages.slice(since).filter((mail) => recipientsOf(mail).includes(email));
    if (mails.length >= count || Date.now() > deadline) return mails;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Opens a mailed verification link as a browser would: Better Auth's answer, not followed. */
async function openVerificationLink(email: string, since: number, server = app) {
  const mail = await inbox.waitFor(email, { since });
  return fetch(linkIn(mail, `${server.url}/api/auth/verify-email?token=`), { redirect: "manual" });
}

/** A verified account with its session cookie. */
async function verifiedAccount(server = app, from?: string) {
  const email = `verify-${randomUUID()}@example.com`;
  const since = inbox.messages.length;
  await signUp(email, server, from);
  const opened = await openVerificationLink(email, since, server);
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

  it("answers sign-ups racing for one new address as it answers any sign-up, and makes one account", async () => {
    const email = `race-${randomUUID()}@example.com`;
    const since = inbox.messages.length;
    const passwords = Array.from({ length: 6 }, (_, i) => `racer ${i} long password`);
    const answers = await Promise.all(
      passwords.map(async (racer) => {
        const response = await fetch(`${app.url}/api/auth/sign-up/email`, {
          method: "POST",
          headers: authHeaders(app.url),
          body: JSON.stringify({ name: "Vera Verified", email, password: racer }),
        });
        return comparable(response, email);
      }),
    );
    expect(answers[0]).toMatchObject({ status: 200, body: { token: null, user: { emailVerified: false } } });
    for (const answer of answers) expect(answer).toEqual(answers[0]);

    // One account: one confirmation, and the address's owner told of each other sign-up.
    const mails = await mailsTo(email, since, passwords.length);
    expect(mails.map((mail) => mail.subject).sort()).toEqual([
      "Confirm your email address for Todo",
      ...Array(passwords.length - 1).fill("You already have a Todo account"),
    ]);
    const confirmation = mails.find((mail) => mail.subject === "Confirm your email address for Todo");
    const link = linkIn(confirmation ?? { text: "" }, `${app.url}/api/auth/verify-email?token=`);
    expect((await fetch(link, { redirect: "manual" })).status).toBe(302);
    const signIns = await Promise.all(passwords.map(async (racer) => (await signIn(app.url, email, racer)).status));
    expect(signIns.filter((status) => status === 200)).toHaveLength(1);
    expect(signIns.filter((status) => status === 401)).toHaveLength(passwords.length - 1);
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

describe("the limits on verification and email-change mails", () => {
  const MAIL_LIMIT = 3;
  let strict: AppServer;
  beforeAll(async () => {
    strict = await startAppServer(WEB_DIR, {
      DATABASE_URL: inject("databaseUrl"),
      SMTP_URL: inbox.url,
      REQUIRE_EMAIL_VERIFICATION: "true",
      MAIL_RATE_LIMIT_MAX: String(MAIL_LIMIT),
    });
  });
  afterAll(() => strict?.stop());

  let address = 0;
  /** A client address no other request uses, so that the per-address limit is the test's own. */
  const freshAddress = () => `198.51.100.${++address}`;

  function sendAgain(email: string, from = freshAddress()) {
    return fetch(`${strict.url}/api/auth/send-verification-email`, {
      method: "POST",
      headers: { ...authHeaders(strict.url), "X-Forwarded-For": from },
      body: JSON.stringify({ email, callbackURL: "/" }),
    });
  }

  function changeEmail(cookie: string, newEmail: string, from = freshAddress()) {
    return fetch(`${strict.url}/api/auth/change-email`, {
      method: "POST",
      headers: { ...authHeaders(strict.url), cookie, "X-Forwarded-For": from },
      body: JSON.stringify({ newEmail, callbackURL: "/settings" }),
    });
  }

  /** The mails to `email` since `since`, once `expected` arrived and the inbox had time to take any more. */
  async function mailsTo(email: string, since: number, expected: number) {
    const count = () => inbox.messages.slice(since).filter((mail) => recipientsOf(mail).includes(email)).length;
    for (const deadline = Date.now() + 10_000; count() < expected && Date.now() < deadline; )
      await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 500));
    return count();
  }

  async function expectLimited(response: Response, code?: string) {
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    if (code) expect((await response.json()).code).toBe(code);
  }

  it(`sends a verification link again at most ${MAIL_LIMIT} times an hour per address, however many clients ask`, async () => {
    const email = `again-${randomUUID()}@example.com`;
    expect((await signUp(email, strict, freshAddress())).status).toBe(200);
    await inbox.waitFor(email);
    const since = inbox.messages.length;
    for (let i = 0; i < MAIL_LIMIT; i++) expect((await sendAgain(email)).status).toBe(200);
    await expectLimited(await sendAgain(email), "ACCOUNT_RATE_LIMITED");
    expect(await mailsTo(email, since, MAIL_LIMIT)).toBe(MAIL_LIMIT);
  });

  it(`takes at most ${MAIL_LIMIT} verification requests an hour from one client, whatever the addresses`, async () => {
    const from = freshAddress();
    const nobody = () => `nobody-${randomUUID()}@example.com`;
    for (let i = 0; i < MAIL_LIMIT; i++) expect((await sendAgain(nobody(), from)).status).toBe(200);
    await expectLimited(await sendAgain(nobody(), from));
  });

  it(`mails a change of email to one new address at most ${MAIL_LIMIT} times an hour, whoever asks, and keeps the email`, async () => {
    const newEmail = `wanted-${randomUUID()}@example.com`;
    const askers = await Promise.all([1, 2].map(() => verifiedAccount(strict, freshAddress())));
    const asker = (i: number) => askers[i % askers.length] as (typeof askers)[number];
    const since = inbox.messages.length;
    for (let i = 0; i < MAIL_LIMIT; i++) expect((await changeEmail(asker(i).cookie, newEmail)).status).toBe(200);
    await expectLimited(await changeEmail(asker(MAIL_LIMIT).cookie, newEmail), "ACCOUNT_RATE_LIMITED");
    expect(await mailsTo(newEmail, since, MAIL_LIMIT)).toBe(MAIL_LIMIT);
    // Refused, nothing changed: each account still signs in with its own address.
    for (const { email } of askers) expect((await signIn(strict.url, email, password)).status).toBe(200);
  });

  it(`takes at most ${MAIL_LIMIT} email changes an hour from one client, whatever the new addresses`, async () => {
    const from = freshAddress();
    const account = await verifiedAccount(strict, freshAddress());
    const elsewhere = () => `elsewhere-${randomUUID()}@example.com`;
    for (let i = 0; i < MAIL_LIMIT; i++)
      expect((await changeEmail(account.cookie, elsewhere(), from)).status).toBe(200);
    await expectLimited(await changeEmail(account.cookie, elsewhere(), from));
  });
});
