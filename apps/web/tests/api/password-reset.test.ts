import { randomUUID } from "node:crypto";
import { authHeaders, signIn, signUp } from "@todo/test-support/accounts";
import { type AppServer, startAppServer } from "@todo/test-support/app-server";
import { linkIn, type SmtpInbox, startSmtpInbox } from "@todo/test-support/smtp-inbox";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { WEB_DIR } from "../support/web-dir";

// The inbox holds each message 400 ms, as a slow provider would: an answer that waited for delivery shows it.
const DELIVERY_MS = 400;
const MAIL_LIMIT = 10;
let inbox: SmtpInbox;
let app: AppServer;
beforeAll(async () => {
  inbox = await startSmtpInbox({ delayMs: DELIVERY_MS });
  app = await startAppServer(WEB_DIR, {
    DATABASE_URL: inject("databaseUrl"),
    SMTP_URL: inbox.url,
    MAIL_FROM: "Todo <todo@example.test>",
    MAIL_RATE_LIMIT_MAX: String(MAIL_LIMIT),
  });
});
afterAll(async () => {
  await app?.stop();
  await inbox?.stop();
});

let address = 0;
/** A client address no other request uses, so that the per-address mail limit is this test's own. */
const freshAddress = () => `198.51.100.${++address}`;
const nobody = () => `nobody-${randomUUID()}@example.com`;

function requestReset(email: string, from = freshAddress()) {
  return fetch(`${app.url}/api/auth/request-password-reset`, {
    method: "POST",
    headers: { ...authHeaders(app.url), "X-Forwarded-For": from },
    body: JSON.stringify({ email, redirectTo: "/reset-password" }),
  });
}

function resetPassword(token: string, newPassword: string) {
  return fetch(`${app.url}/api/auth/reset-password`, {
    method: "POST",
    headers: authHeaders(app.url),
    body: JSON.stringify({ token, newPassword }),
  });
}

/** The token the mailed link carries, through Better Auth's redirect to the reset page. */
async function tokenFromMail(email: string, since: number): Promise<string> {
  const mail = await inbox.waitFor(email, { since });
  const link = linkIn(mail, `${app.url}/api/auth/reset-password/`);
  const redirect = await fetch(link, { redirect: "manual" });
  expect(redirect.status).toBe(302);
  const location = new URL(redirect.headers.get("location") as string, app.url);
  expect(location.pathname).toBe("/reset-password");
  return location.searchParams.get("token") as string;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

describe("password reset by email", () => {
  it("answers an address with an account exactly as one without, and mails only the account", async () => {
    const account = await signUp(app.url);
    const since = inbox.messages.length;
    const known = await requestReset(account.email);
    const unknownEmail = nobody();
    const unknown = await requestReset(unknownEmail);
    expect(known.status).toBe(200);
    expect(unknown.status).toBe(200);
    expect(await known.json()).toEqual(await unknown.json());
    const mail = await inbox.waitFor(account.email, { since });
    expect(mail.subject).toBe("Reset your Todo password");
    expect(mail.from?.text).toBe('"Todo" <todo@example.test>');
    expect(mail.text).toContain(`${app.url}/api/auth/reset-password/`);
    await new Promise((resolve) => setTimeout(resolve, DELIVERY_MS * 2));
    expect(inbox.messages.slice(since).filter((m) => m.text?.includes(unknownEmail))).toEqual([]);
    expect(inbox.messages.slice(since).map((m) => m.to && !Array.isArray(m.to) && m.to.text)).not.toContain(
      unknownEmail,
    );
  });

  it("takes as long for an address with an account as for one without: the mail goes after the answer", async () => {
    const account = await signUp(app.url);
    const timed = async (email: string) => {
      const started = performance.now();
      const response = await requestReset(email);
      await response.arrayBuffer();
      return performance.now() - started;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let round = 0; round < 5; round++) {
      known.push(await timed(account.email));
      unknown.push(await timed(nobody()));
    }
    // Were the mail sent on the response path, each known answer would take DELIVERY_MS longer.
    expect(Math.abs(median(known) - median(unknown))).toBeLessThan(DELIVERY_MS / 2);
  });

  it("resets with the mailed link: the new password signs in, the old one and every session no longer do", async () => {
    const account = await signUp(app.url);
    const since = inbox.messages.length;
    expect((await requestReset(account.email)).status).toBe(200);
    const token = await tokenFromMail(account.email, since);
    const newPassword = "a brand new tangerine pelican";
    const reset = await resetPassword(token, newPassword);
    expect(reset.status).toBe(200);
    expect(await reset.json()).toEqual({ status: true });
    expect((await signIn(app.url, account.email, account.password)).status).toBe(401);
    expect((await signIn(app.url, account.email, newPassword)).status).toBe(200);
    const oldSession = await fetch(`${app.url}/api/auth/get-session`, { headers: { cookie: account.cookie } });
    expect(await oldSession.json()).toBeNull();
    // The link works once.
    const again = await resetPassword(token, "yet another purple walrus");
    expect(again.status).toBe(400);
    expect((await again.json()).code).toBe("INVALID_TOKEN");
  });

  it("refuses a guessable new password and keeps the link usable", async () => {
    const account = await signUp(app.url);
    const since = inbox.messages.length;
    await requestReset(account.email);
    const token = await tokenFromMail(account.email, since);
    const weak = await resetPassword(token, "password123");
    expect(weak.status).toBe(400);
    expect((await weak.json()).code).toBe("PASSWORD_TOO_WEAK");
    expect((await resetPassword(token, "a brand new tangerine pelican")).status).toBe(200);
  });

  it("sends a link to an expired or unknown token's error page", async () => {
    const redirect = await fetch(`${app.url}/api/auth/reset-password/not-a-token?callbackURL=%2Freset-password`, {
      redirect: "manual",
    });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get("location")).toMatch(/\/reset-password\?error=INVALID_TOKEN$/);
  });

  it(`limits reset mails to ${MAIL_LIMIT} an hour per address asked for, however many clients ask`, async () => {
    const email = nobody();
    for (let i = 0; i < MAIL_LIMIT; i++) expect((await requestReset(email)).status).toBe(200);
    const limited = await requestReset(email);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await limited.json()).code).toBe("ACCOUNT_RATE_LIMITED");
  });

  it(`limits reset requests to ${MAIL_LIMIT} an hour per client address, whatever the addresses asked for`, async () => {
    const from = freshAddress();
    for (let i = 0; i < MAIL_LIMIT; i++) expect((await requestReset(nobody(), from)).status).toBe(200);
    const limited = await requestReset(nobody(), from);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
