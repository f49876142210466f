import { randomUUID } from "node:crypto";
import { authHeaders, signIn, signUp } from "@todo/test-support/accounts";
import { describe, expect, inject, it } from "vitest";

const baseUrl = inject("appUrl");

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${baseUrl}/api/auth${path}`, {
    method: "POST",
    headers: { ...authHeaders(baseUrl), ...headers },
    body: JSON.stringify(body),
  });
}

describe("a new password that is easy to guess", () => {
  it.each([
    ["password", "Too easy to guess. This is a heavily used password."],
    ["password123", "Too easy to guess. This is a commonly used password."],
    ["qwerty123", "Too easy to guess. This is a commonly used password."],
  ])("is refused at sign-up with 400 PASSWORD_TOO_WEAK, and no account is made: %j", async (password, message) => {
    const email = `${randomUUID()}@example.com`;
    const response = await post("/sign-up/email", { name: "Guessable", email, password });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ code: "PASSWORD_TOO_WEAK", message });
    expect(response.headers.getSetCookie().filter((c) => c.includes("session_token="))).toEqual([]);
    expect((await signIn(baseUrl, email, password)).status).toBe(401);
  });

  it("is refused at sign-up when it is the email's local part, which alone would pass", async () => {
    const local = `ada-${randomUUID().slice(0, 13)}`;
    const response = await post("/sign-up/email", { name: "Ada", email: `${local}@example.com`, password: local });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "PASSWORD_TOO_WEAK" });
    // The same string is fine for someone else.
    const other = await post("/sign-up/email", { name: "Bo", email: `${randomUUID()}@example.com`, password: local });
    expect(other.status).toBe(200);
  });

  it("does not stand in for the length rules, which keep their own codes", async () => {
    const response = await post("/sign-up/email", {
      name: "Short",
      email: `${randomUUID()}@example.com`,
      password: "pass",
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "PASSWORD_TOO_SHORT" });
  });

  it("is refused when changing a password, and the old one keeps working", async () => {
    const account = await signUp(baseUrl);
    const change = (newPassword: string) =>
      post("/change-password", { currentPassword: account.password, newPassword }, { cookie: account.cookie });

    const refused = await change("password123");
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ code: "PASSWORD_TOO_WEAK" });
    const localPart = account.email.split("@")[0] as string;
    expect((await (await change(localPart)).json()).code).toBe("PASSWORD_TOO_WEAK");
    expect((await signIn(baseUrl, account.email, account.password)).status).toBe(200);

    expect((await change("violet tractor lantern mossy")).status).toBe(200);
    expect((await signIn(baseUrl, account.email, "violet tractor lantern mossy")).status).toBe(200);
  });

  it("is refused when resetting a password, before the reset token is even looked at", async () => {
    const response = await post("/reset-password", { newPassword: "password123", token: "not-a-token" });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "PASSWORD_TOO_WEAK" });
  });

  it("lets a strong passphrase through", async () => {
    const email = `${randomUUID()}@example.com`;
    const response = await post("/sign-up/email", { name: "Strong", email, password: "violet tractor lantern mossy" });
    expect(response.status).toBe(200);
    expect((await signIn(baseUrl, email, "violet tractor lantern mossy")).status).toBe(200);
  });
});
