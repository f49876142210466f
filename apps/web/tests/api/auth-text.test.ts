import { randomUUID } from "node:crypto";
import { authHeaders, signIn, signUp } from "@todo/test-support/accounts";
import { escapeRaw } from "@todo/test-support/any-text";
import { describe, expect, inject, it } from "vitest";

const baseUrl = inject("appUrl");
const REFUSED = "must be valid Unicode text, without U+0000 (NUL) or unpaired surrogates";
const PASSWORD = "correct horse battery staple";

// Texts PostgreSQL cannot store or look up as sent: NUL, and UTF-16 halves that are no character at all.
const UNSTORABLE: [string, string][] = [
  ["NUL", "a\u0000b"],
  ["a lone high surrogate", "a\ud800"],
  ["a lone low surrogate", "\udfffb"],
];

function post(path: string, body: unknown, cookie?: string) {
  return fetch(`${baseUrl}/api/auth/${path}`, {
    method: "POST",
    headers: { ...authHeaders(baseUrl), ...(cookie && { cookie }) },
    // JSON.stringify writes a lone surrogate as a \u escape, as any client may.
    body: JSON.stringify(body),
  });
}

async function expectRefused(response: Response, path: string) {
  expect(response.status).toBe(400);
  expect(await response.json()).toEqual({ code: "VALIDATION_ERROR", message: `[${path}] ${REFUSED}` });
}

/** A link's address: Better Auth's own origin check may refuse it first (403: NUL is a control character). */
async function expectUrlRefused(response: Response, path: string, originCode: string) {
  const body = await response.json();
  if (response.status === 403) expect(body).toMatchObject({ code: originCode });
  else expect([response.status, body]).toEqual([400, { code: "VALIDATION_ERROR", message: `[${path}] ${REFUSED}` }]);
}

describe.each(UNSTORABLE)("Better Auth's endpoints given text with %s", (_, text) => {
  it("refuses a sign-up with it in any field (400) and makes no account", async () => {
    const email = `user-${randomUUID()}@example.com`;
    for (const [field, body] of [
      ["body.name", { name: text, email, password: PASSWORD }],
      ["body.password", { name: "Ada", email, password: `${PASSWORD} ${text}` }],
      ["body.email", { name: "Ada", email: `${text}${email}`, password: PASSWORD }],
    ] as const) {
      await expectRefused(await post("sign-up/email", body), field);
    }
    await expectUrlRefused(
      await post("sign-up/email", { name: "Ada", email, password: PASSWORD, callbackURL: `/${text}` }),
      "body.callbackURL",
      "INVALID_CALLBACK_URL",
    );
    expect((await signIn(baseUrl, email, PASSWORD)).status).toBe(401);
  });

  it("refuses a sign-in with it (400), as for any other refused sign-in", async () => {
    const account = await signUp(baseUrl);
    await expectRefused(await post("sign-in/email", { email: account.email, password: text }), "body.password");
    await expectRefused(await post("sign-in/email", { email: text, password: PASSWORD }), "body.email");
  });

  it("refuses a session or reset token with it (400), where PostgreSQL would have failed the lookup", async () => {
    const account = await signUp(baseUrl);
    await expectRefused(await post("revoke-session", { token: text }, account.cookie), "body.token");
    await expectRefused(
      await post("reset-password", { token: text, newPassword: "a brand new tangerine pelican" }),
      "body.token",
    );
    const link = await fetch(`${baseUrl}/api/auth/reset-password/${escapeRaw(text)}?callbackURL=%2Freset-password`, {
      redirect: "manual",
    });
    expect(link.status).toBeLessThan(500);
    await expectUrlRefused(
      await post("request-password-reset", { email: account.email, redirectTo: `/reset-password?x=${text}` }),
      "body.redirectTo",
      "INVALID_REDIRECT_URL",
    );
    // Nothing changed: the account still signs in, and its session is still there.
    expect((await signIn(baseUrl, account.email, account.password)).status).toBe(200);
    const session = await fetch(`${baseUrl}/api/auth/get-session`, { headers: { cookie: account.cookie } });
    expect(await session.json()).toMatchObject({ user: { email: account.email } });
  });

  it("refuses it as a key of a body, not only as a value", async () => {
    const account = await signUp(baseUrl);
    await expectRefused(await post("update-user", { name: "Ada", [text]: 1 }, account.cookie), "body");
  });
});

describe("Better Auth's endpoints given a body nested as deep as 16 KiB allows", () => {
  const depth = 7_900;
  const nested = (inner: string) => `${"[".repeat(depth)}${inner}${"]".repeat(depth)}`;

  it("finds NUL at its bottom (400 naming the path), and takes it without one: never a 500", async () => {
    const email = `user-${randomUUID()}@example.com`;
    const fields = `"name":"Ada","email":"${email}","password":"${PASSWORD}"`;
    const refused = await fetch(`${baseUrl}/api/auth/sign-up/email`, {
      method: "POST",
      headers: authHeaders(baseUrl),
      body: `{${fields},"x":${nested('"\\u0000"')}}`,
    });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({
      code: "VALIDATION_ERROR",
      message: `[body.x${".0".repeat(depth)}] ${REFUSED}`,
    });

    const taken = await fetch(`${baseUrl}/api/auth/sign-up/email`, {
      method: "POST",
      headers: authHeaders(baseUrl),
      body: `{${fields},"x":${nested("1")}}`,
    });
    expect(taken.status).toBe(200);
    expect((await signIn(baseUrl, email, PASSWORD)).status).toBe(200);
  });
});
